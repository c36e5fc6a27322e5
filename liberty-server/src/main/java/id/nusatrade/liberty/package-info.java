/** Nusatrade liberty-server module. */
package id.nusatrade.liberty;
