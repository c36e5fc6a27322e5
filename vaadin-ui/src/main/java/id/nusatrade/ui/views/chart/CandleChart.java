package id.nusatrade.ui.views.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import id.nusatrade.ui.market.Candle;
import id.nusatrade.ui.market.Overlays;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The candle chart: TradingView's open-source lightweight-charts in a small web component ({@code
 * frontend/chart/nusatrade-chart.js}). Keeps a copy of what it sent, which is what the browser
 * shows (and what browserless tests read), with times in the tenant's zone ({@link #setZone}).
 */
@Tag("nusatrade-chart")
@NpmPackage(value = "lightweight-charts", version = "4.2.3")
@JsModule("./chart/nusatrade-chart.js")
public class CandleChart extends Component implements HasSize {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Candle> shown = new ArrayList<>();
  private List<Overlays.Line> overlays = List.of();
  private ZoneId zone = ZoneOffset.UTC;

  /**
   * The zone whose wall-clock times the chart shows (the tenant's WIB, WITA or WIT). The chart
   * library draws UTC, so the times sent are shifted by the zone's offset at each time; the candles
   * this component keeps ({@link #shown()}) stay in true epoch milliseconds.
   */
  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** What the browser is given for a candle: the same candle at its wall-clock time in the zone. */
  Candle displayed(Candle c) {
    return new Candle(local(c.time()), c.open(), c.high(), c.low(), c.close(), c.volume());
  }

  private long local(long epochMillis) {
    return epochMillis
        + zone.getRules().getOffset(Instant.ofEpochMilli(epochMillis)).getTotalSeconds() * 1000L;
  }

  public void setCandles(List<Candle> candles) {
    shown.clear();
    shown.addAll(candles);
    getElement().callJsFunction("setCandles", json(candles.stream().map(this::displayed).toList()));
  }

  /** Newer candles are appended, an equal open time replaces (as the web component does). */
  public void update(List<Candle> candles) {
    for (Candle c : candles) {
      int i = 0;
      while (i < shown.size() && shown.get(i).time() < c.time()) {
        i++;
      }
      if (i < shown.size() && shown.get(i).time() == c.time()) {
        shown.set(i, c);
      } else {
        shown.add(i, c);
      }
    }
    getElement()
        .callJsFunction("updateCandles", json(candles.stream().map(this::displayed).toList()));
  }

  public void setOverlays(List<Overlays.Line> lines) {
    overlays = List.copyOf(lines);
    List<Overlays.Line> local =
        lines.stream()
            .map(
                l ->
                    new Overlays.Line(
                        l.name(),
                        l.points().stream()
                            .map(p -> new Overlays.Point(local(p.time()), p.value()))
                            .toList()))
            .toList();
    getElement().callJsFunction("setOverlays", json(local));
  }

  public List<Candle> shown() {
    return List.copyOf(shown);
  }

  public List<Overlays.Line> overlays() {
    return overlays;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
