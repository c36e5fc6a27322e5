/**
 * The market core, shared by the live gateway ({@code mt5-gateway} wraps it in its Disruptor
 * handlers and does the I/O), the backtester and the UI: tick validation ({@code validation}), bar
 * building and indicator banks ({@code bars}) and the stream model ({@code stream}). Pure logic: no
 * sockets, files, databases or threads.
 */
package id.nusatrade.market;
