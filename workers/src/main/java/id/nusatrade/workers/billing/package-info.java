/**
 * Workers of the {@code subscription} and {@code payment} processes: each job type calls one
 * billing service, which is idempotent, so a job the engine hands out again does nothing twice. A
 * charge the gateway refuses for good is the BPMN error {@code PAYMENT_CHARGE_REFUSED}.
 */
package id.nusatrade.workers.billing;
