/**
 * What billing tells a tenant about an invoice (receipts, refund receipts, payment reminders),
 * recorded once each: the record is the outbox a delivery channel reads and the proof a redelivered
 * job did nothing twice.
 */
package id.nusatrade.billing.notice;
