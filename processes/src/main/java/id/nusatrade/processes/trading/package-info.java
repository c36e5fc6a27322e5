/** Names of the {@code trade-approval} process (orders the fast path could not decide alone). */
package id.nusatrade.processes.trading;
