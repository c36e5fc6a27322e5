package id.nusatrade.tickstore;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows appended since the last flush. Owned by the single storage consumer, so it takes no lock.
 * Adapters clear each list right after the database accepted it (so a failed flush retries only
 * what was not written), and the lists are cleared rather than replaced so their arrays are reused.
 */
public final class WriteBuffer {
  private final List<Tick> ticks = new ArrayList<>();
  private final List<Bar> bars = new ArrayList<>();
  private final List<IndicatorValue> indicators = new ArrayList<>();

  public void addTicks(List<Tick> more) {
    ticks.addAll(more);
  }

  public void addBars(List<Bar> more) {
    bars.addAll(more);
  }

  public void addIndicators(List<IndicatorValue> more) {
    indicators.addAll(more);
  }

  public List<Tick> ticks() {
    return ticks;
  }

  public List<Bar> bars() {
    return bars;
  }

  public List<IndicatorValue> indicators() {
    return indicators;
  }

  public boolean isEmpty() {
    return ticks.isEmpty() && bars.isEmpty() && indicators.isEmpty();
  }
}
