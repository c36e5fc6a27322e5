/**
 * Usage metering: predictions, API calls and automated orders counted once per event id, rolled up
 * per tenant and calendar month (Jakarta), and the tier's quota enforced atomically.
 */
package id.nusatrade.billing.usage;
