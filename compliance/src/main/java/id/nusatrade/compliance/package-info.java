/** Nusatrade compliance module. */
package id.nusatrade.compliance;
