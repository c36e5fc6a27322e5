/**
 * The production {@link id.nusatrade.domain.trading.PreTradeCheck}: each order intent translated
 * into the facts of the Drools risk rules (module {@code rules}) and their decision translated
 * back. What the rules need and the engine does not know yet (equity, risk profile, instrument size
 * and market) comes from {@link id.nusatrade.trading.check.RiskProfiles}.
 */
package id.nusatrade.trading.check;
