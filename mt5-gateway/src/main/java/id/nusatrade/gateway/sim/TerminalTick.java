package id.nusatrade.gateway.sim;

/**
 * One entry of an MT5 CopyTicks answer (MqlTick): {@code timeMsc} in the trade server's time, as
 * the terminal stores it.
 */
public record TerminalTick(
    long timeMsc, double bid, double ask, double last, long volume, int flags) {}
