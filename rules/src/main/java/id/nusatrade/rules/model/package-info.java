/**
 * The rule model: the facts a rule may read (an order intent, the account with its trading state,
 * exposure, daily P&L, order rate, loss streak, market session, the limits in force, a tier request
 * with the tier's usage and limits) and the one output a rule may write, the {@link
 * id.nusatrade.rules.model.Verdict}. Editable DRL may import only this package (see docs/rules.md).
 * Plain Java, no framework: the trading engine builds these facts, the rules judge them.
 */
package id.nusatrade.rules.model;
