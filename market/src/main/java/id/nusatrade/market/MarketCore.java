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
   * A tick replayed from a record (the gateway's journal at a restart): every check but staleness,
   * which was judged when the tick arrived.
   */
  public int onRecordedTick(
      int stream, long time, double bid, double ask, double last, long volume) {
    int verdict = validator.validateRecorded(stream, time, bid, ask, last, volume);
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
