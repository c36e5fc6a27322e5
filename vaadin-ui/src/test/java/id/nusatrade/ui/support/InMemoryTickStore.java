package id.nusatrade.ui.support;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link TickStore} contract in memory, for browserless tests (the PostgreSQL adapter has its
 * own contract test in module tickstore). Appends are visible at once; ranges are [from, to).
 */
public final class InMemoryTickStore implements TickStore {
  private final List<Tick> ticks = new ArrayList<>();
  private final List<Bar> bars = new ArrayList<>();

  @Override
  public synchronized void appendTicks(List<Tick> t) {
    ticks.addAll(t);
    ticks.sort(Comparator.comparingLong(Tick::timeMillis));
  }

  @Override
  public synchronized void appendBars(List<Bar> b) {
    bars.addAll(b);
    bars.sort(Comparator.comparingLong(Bar::openTimeMillis));
  }

  @Override
  public void flush() {}

  @Override
  public synchronized List<Tick> lastTicks(String symbol, int n) {
    List<Tick> of = ticks.stream().filter(t -> t.symbol().equals(symbol)).toList();
    return of.subList(Math.max(0, of.size() - n), of.size());
  }

  @Override
  public synchronized List<Bar> ohlc(String symbol, Timeframe tf, long from, long to) {
    List<Bar> out = new ArrayList<>();
    for (Tick t : ticks) {
      if (!t.symbol().equals(symbol) || t.timeMillis() < from || t.timeMillis() >= to) {
        continue;
      }
      double mid = (t.bid() + t.ask()) / 2;
      long open = tf.openTimeOf(t.timeMillis());
      Bar last = out.isEmpty() ? null : out.getLast();
      if (last == null || last.openTimeMillis() != open) {
        out.add(new Bar(symbol, tf, open, mid, mid, mid, mid, 1));
      } else {
        out.set(
            out.size() - 1,
            new Bar(
                symbol,
                tf,
                open,
                last.open(),
                Math.max(last.high(), mid),
                Math.min(last.low(), mid),
                mid,
                last.tickVolume() + 1));
      }
    }
    return out;
  }

  @Override
  public synchronized List<Bar> bars(String symbol, Timeframe tf, long from, long to) {
    return bars.stream()
        .filter(b -> b.symbol().equals(symbol) && b.timeframe() == tf)
        .filter(b -> b.openTimeMillis() >= from && b.openTimeMillis() < to)
        .toList();
  }
}
