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
import java.util.ArrayList;
import java.util.List;

/**
 * The candle chart: TradingView's open-source lightweight-charts in a small web component ({@code
 * frontend/chart/nusatrade-chart.js}). Keeps a copy of what it sent, which is what the browser
 * shows (and what browserless tests read).
 */
@Tag("nusatrade-chart")
@NpmPackage(value = "lightweight-charts", version = "4.2.3")
@JsModule("./chart/nusatrade-chart.js")
public class CandleChart extends Component implements HasSize {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Candle> shown = new ArrayList<>();
  private List<Overlays.Line> overlays = List.of();

  public void setCandles(List<Candle> candles) {
    shown.clear();
    shown.addAll(candles);
    getElement().callJsFunction("setCandles", json(candles));
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
    getElement().callJsFunction("updateCandles", json(candles));
  }

  public void setOverlays(List<Overlays.Line> lines) {
    overlays = List.copyOf(lines);
    getElement().callJsFunction("setOverlays", json(lines));
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
