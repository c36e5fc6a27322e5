/**
 * Wires the billing module into the server: its services on the application's (non-owner) pool, the
 * Midtrans adapter and the settings from MicroProfile Config (names and defaults in {@link
 * id.nusatrade.billing.BillingSetting}). No billing decision is made here.
 */
package id.nusatrade.server.billing;
