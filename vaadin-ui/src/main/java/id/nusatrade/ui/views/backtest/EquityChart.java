package id.nusatrade.ui.views.backtest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A run's equity curve on lightweight-charts ({@code frontend/backtest/nusatrade-equity.js}). Keeps
 * the JSON it sent ({@code [[time, equity], ...]}, the run's stored curve), which is what the
 * browser draws and what browserless tests read.
 */
@Tag("nusatrade-equity")
@NpmPackage(value = "lightweight-charts", version = "4.2.3")
@JsModule("./backtest/nusatrade-equity.js")
public class EquityChart extends Component implements HasSize {
  private String shown = "[]";

  public void setPoints(String json) {
    shown = json == null ? "[]" : json;
    getElement().callJsFunction("setPoints", shown);
  }

  public String shown() {
    return shown;
  }
}
