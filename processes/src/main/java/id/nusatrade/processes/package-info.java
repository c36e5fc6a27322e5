/** Nusatrade processes module. */
package id.nusatrade.processes;
