/** Nusatrade mt5-gateway module. */
package id.nusatrade.gateway;
