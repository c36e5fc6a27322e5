package id.nusatrade.gateway.protocol;

/** A TICK frame as a record (simulated EA, tests); the gateway reads ticks in place instead. */
public record TickMessage(
    long seq,
    String symbol,
    long timeMillis,
    double bid,
    double ask,
    double last,
    long volume,
    int flags)
    implements Frame {}
