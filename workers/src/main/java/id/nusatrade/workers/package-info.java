/** Nusatrade workers module. */
package id.nusatrade.workers;
