/**
 * Fail fast on bad market data: {@link id.nusatrade.market.validation.TickValidator} rejects
 * impossible, crossed, out-of-order, duplicate, stale and spiking quotes before they can reach bars
 * or indicators, and {@link id.nusatrade.market.validation.RejectLog} keeps them for review.
 */
package id.nusatrade.market.validation;
