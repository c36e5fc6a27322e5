/**
 * Moving an account between paper and live trading: {@link id.nusatrade.trading.live.ModeSwitch}
 * checks that the tenant's tier allows live (automated) trading and that an MT5 terminal is linked,
 * then lets the engine switch (which refuses while positions or orders are open at the old venue).
 */
package id.nusatrade.trading.live;
