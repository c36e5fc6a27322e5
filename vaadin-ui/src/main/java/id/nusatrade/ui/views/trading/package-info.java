/**
 * The trader's trading page: accounts with their mode and kill switch, the paper/live switch
 * (confirmed), an order ticket whose refusals show the rules' reason codes, orders with their
 * states (cancel), and open positions with P&amp;L and "close all" (confirmed). Thin over {@link
 * id.nusatrade.trading.application.TradingDesk}, the service REST uses too.
 */
package id.nusatrade.ui.views.trading;
