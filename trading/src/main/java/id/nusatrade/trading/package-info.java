/**
 * Trading: orders, venues, positions and P&amp;L. Today it holds the fill model ({@code fill}) that
 * the backtester and the paper venue share, so a strategy fills the same way in both.
 */
package id.nusatrade.trading;
