package id.nusatrade.gateway.protocol;

/** One open position in a positions snapshot. */
public record Position(
    long ticket,
    String symbol,
    Side side,
    double volume,
    double openPrice,
    double stopLoss,
    double takeProfit,
    double profit) {}
