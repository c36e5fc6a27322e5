/**
 * Ports the billing services persist through. Every unit of work runs inside one tenant's
 * transaction ({@link id.nusatrade.billing.store.BillingStore#inTenant}); the only cross-tenant
 * read is the routing of a gateway notification's order id to its tenant.
 */
package id.nusatrade.billing.store;
