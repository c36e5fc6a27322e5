/** Nusatrade messaging module. */
package id.nusatrade.messaging;
