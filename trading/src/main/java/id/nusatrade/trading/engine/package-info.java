/**
 * The trading engine: order intent → kill switch → pre-trade check (the rules) → order → journal →
 * venue; execution reports → journal → order and position → events. One writer owns the state
 * (calls are serialised); every change is journaled before it is visible outside, so replaying the
 * journal after a restart rebuilds exactly the same orders and positions. See docs/trading.md.
 */
package id.nusatrade.trading.engine;
