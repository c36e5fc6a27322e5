/**
 * Names of the {@code subscription} (period ends, renewals, dunning) and {@code payment} (charge,
 * notification, expiry, receipt) processes.
 */
package id.nusatrade.processes.billing;
