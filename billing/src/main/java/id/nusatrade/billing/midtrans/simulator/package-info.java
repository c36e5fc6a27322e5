/**
 * Our local Midtrans: a small HTTP server on loopback that answers the Core API calls we use
 * ({@code POST /v2/charge}, {@code GET /v2/{order_id}/status}) in Midtrans' JSON, shows a page per
 * pending transaction to "pay" it, and sends signed notifications to the configured URL —
 * duplicated, out of order or delayed on request. The embedded run's default gateway.
 */
package id.nusatrade.billing.midtrans.simulator;
