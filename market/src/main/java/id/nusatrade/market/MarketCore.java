package id.nusatrade.market;

import id.nusatrade.market.bars.BarAggregator;
import id.nusatrade.market.validation.TickValidator;

/**
 * What happens to one tick of one stream, whoever delivers it: validation, then (if accepted) the
 * mid price into the bar builder, whose closed bars reach the indicator bank and the other
 * listeners. The gateway's market handler runs it on its Disruptor thread; a backtest or a test
 * runs it directly. Single writer; nothing is allocated per tick.
 */
public final class MarketCore {
  private final TickValidator validator;
  private final BarAggregator bars;

  public MarketCore(TickValidator validator, BarAggregator bars) {
    this.validator = validator;
    this.bars = bars;
  }

  /** A live tick: 0 when accepted (and in the bars), else the reject reason's code. */
  public int onTick(int stream, long time, double bid, double ask, double last, long volume) {
    int verdict = validator.validate(stream, time, bid, ask, last, volume);
    if (verdict == 0) {
      bars.onTick(stream, time, mid(bid, ask));
    }
    return verdict;
  }

  /**
   * A tick judged on its sender's own timeline: stale when more than the maximum age older than
   * {@code newestOfSender}, the newest accepted tick of the terminal that sent it ({@link
   * Long#MIN_VALUE} for none). Live ticks and ticks rebuilt from the gateway's journal go through
   * this one rule, so a rebuild equals the live result and ticks resent after an outage count as
   * what they were when sent.
   */
  public int onTickInStream(
      int stream,
      long newestOfSender,
      long time,
      double bid,
      double ask,
      double last,
      long volume) {
    int verdict = validator.validateInStream(stream, newestOfSender, time, bid, ask, last, volume);
    if (verdict == 0) {
      bars.onTick(stream, time, mid(bid, ask));
    }
    return verdict;
  }

  /** End of a batch of ticks: listeners do their I/O here. */
  public void endOfBatch() {
    bars.endOfBatch();
  }

  /** The price bars are built from. */
  public static double mid(double bid, double ask) {
    return (bid + ask) * 0.5;
  }
}
