/**
 * The catalog as data ({@code catalog.json} beside these classes): tiers with their entitlements,
 * plans (monthly and yearly, a trial phase) with prices in whole rupiah, in versions that take
 * effect on a date. A subscription keeps the price of the version it was bought under until it
 * renews, as Kill Bill's catalog versions do; a new version only applies to new periods.
 */
package id.nusatrade.billing.catalog;
