/**
 * Trading: accounts (paper or live, with a kill switch), order intents, the order state machine,
 * fills, positions with realised and unrealised P&amp;L and protective stops, and the pre-trade
 * check port. Pure Java, single writer per account: the engine in the {@code trading} module owns
 * the instances and journals every change before it applies it.
 *
 * <p>Prices and quantities are {@link java.math.BigDecimal}; P&amp;L is kept at {@link
 * id.nusatrade.domain.trading.TradingMath#PNL_SCALE} decimals and average prices at {@link
 * id.nusatrade.domain.trading.TradingMath#PRICE_SCALE}, rounded half-even. Quantities are units of
 * the instrument (the MT5 venue converts to lots). Ticks stay doubles (as MT5 sends them); they are
 * converted to decimals only when an order fills or a position is marked.
 */
package id.nusatrade.domain.trading;
