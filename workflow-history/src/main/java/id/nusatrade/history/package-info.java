/**
 * Process history, read side: what the exporter stored about a process instance, assembled for
 * compliance officers (path, masked variables, decisions, incidents) and found by order.
 */
package id.nusatrade.history;
