/**
 * Billing: the versioned catalog (tiers, plans, prices in IDR, entitlements), subscriptions,
 * invoices and credit notes, Midtrans payments and their notifications, and a local Midtrans
 * simulator. Plain Java and JDBC; liberty-server only translates HTTP to these services.
 */
package id.nusatrade.billing;
