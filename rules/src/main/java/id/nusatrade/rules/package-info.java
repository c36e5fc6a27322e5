/** Nusatrade rules module. */
package id.nusatrade.rules;
