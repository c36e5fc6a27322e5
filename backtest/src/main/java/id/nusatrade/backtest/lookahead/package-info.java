/**
 * Proof of no look-ahead: re-runs a strategy with every bar after a cut replaced by different data
 * and compares everything decided before the cut; and checks that indicator values do not depend on
 * how much history precedes them beyond their warm-up.
 */
package id.nusatrade.backtest.lookahead;
