/** Nusatrade launcher module. */
package id.nusatrade.launcher;
