/**
 * The trading application service both channels use ({@link
 * id.nusatrade.trading.application.TradingDesk}: REST on the engine, the Vaadin views through
 * REST): everything a tenant's trader may do, scoped to the tenant's own accounts and orders,
 * deciding nothing itself (the engine, the rules and {@link id.nusatrade.trading.live.ModeSwitch}
 * decide).
 */
package id.nusatrade.trading.application;
