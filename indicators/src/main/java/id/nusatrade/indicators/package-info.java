/** Nusatrade indicators module. */
package id.nusatrade.indicators;
