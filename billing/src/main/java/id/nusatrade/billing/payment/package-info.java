/**
 * Payments and the gateway's notifications. {@link
 * id.nusatrade.billing.payment.NotificationHandler} decides what a notification does (signature,
 * confirmation through the status API, state rules that never regress) and runs in plain unit
 * tests; HTTP endpoints only hand it the body.
 */
package id.nusatrade.billing.payment;
