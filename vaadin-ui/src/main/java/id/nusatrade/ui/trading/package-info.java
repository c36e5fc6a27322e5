/**
 * The trading page's way to the engine: the engine lives in the REST application of the same server
 * (one writer per journal), so {@link id.nusatrade.ui.trading.RestTradingDesk} calls its REST API
 * with the signed-in user's access token; the API scopes everything to that user's tenant.
 */
package id.nusatrade.ui.trading;
