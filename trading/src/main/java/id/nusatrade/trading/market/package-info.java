/**
 * Market data as trading sees it: always per tenant and symbol, never per symbol alone (a tenant's
 * broker quotes its own prices).
 */
package id.nusatrade.trading.market;
