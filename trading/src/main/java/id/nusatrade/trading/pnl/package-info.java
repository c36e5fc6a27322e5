/**
 * P&amp;L per account and trading day, in each instrument's quote currency and in IDR. See
 * docs/trading.md ("P&amp;L") for the day boundary and where conversion rates come from.
 */
package id.nusatrade.trading.pnl;
