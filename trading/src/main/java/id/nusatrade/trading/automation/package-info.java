/**
 * Automated trading: a strategy's decision on a closed bar becomes an order intent for an account
 * whose tier allows automated trading, with a client order id derived from the account, the model
 * version and the bar, so a redelivered decision is the same order. The signals module decides; a
 * caller maps its {@code Decision} to {@link id.nusatrade.trading.automation.BarDecision} (this
 * module does not load models).
 */
package id.nusatrade.trading.automation;
