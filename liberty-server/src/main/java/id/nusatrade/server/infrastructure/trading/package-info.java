/**
 * The trading engine inside the server: built once (journal under the state directory, the live
 * risk rules as its pre-trade check, the paper venue), its changes copied to PostgreSQL by a
 * scheduled drain, and each tenant's accounts resolved for the REST resources.
 */
package id.nusatrade.server.infrastructure.trading;
