package id.nusatrade.gateway.bars;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.indicators.Indicator;
import java.util.List;
import java.util.function.Supplier;

/**
 * One fresh set of indicators per stream and timeframe, built on the first closed bar and updated
 * incrementally (O(1) per bar) after that. Single writer, like the aggregator that feeds it.
 */
public final class IndicatorBank implements BarListener {
  private static final int N = Timeframe.values().length;

  private final Supplier<List<Indicator>> factory;
  private final IndicatorListener listener;
  private final Indicator[][] banks;

  public IndicatorBank(
      int maxStreams, Supplier<List<Indicator>> factory, IndicatorListener listener) {
    this.factory = factory;
    this.listener = listener;
    this.banks = new Indicator[maxStreams * N][];
  }

  @Override
  public void barClosed(
      int stream, Timeframe tf, long openTime, double o, double h, double l, double c, long vol) {
    int i = stream * N + tf.ordinal();
    Indicator[] bank = banks[i];
    if (bank == null) {
      bank = factory.get().toArray(Indicator[]::new);
      banks[i] = bank;
    }
    if (bank.length == 0) {
      return;
    }
    for (Indicator indicator : bank) {
      indicator.update(openTime, o, h, l, c, vol);
    }
    listener.indicatorsUpdated(stream, tf, openTime, bank);
  }
}
