/** Workers of the {@code trade-approval} process. */
package id.nusatrade.workers.trading;
