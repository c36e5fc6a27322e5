package id.nusatrade.ui.views.chart;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.ui.market.Overlays;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Symbol (the tenant's own streamed symbols, or type one), timeframe and overlay indicator pickers,
 * and the status.
 */
class ChartToolbar extends HorizontalLayout {
  final ComboBox<String> symbol = new ComboBox<>();
  final Select<Timeframe> timeframe = new Select<>();
  final MultiSelectComboBox<String> indicators = new MultiSelectComboBox<>();
  final Span status = new Span();
  private final List<String> symbols = new ArrayList<>();

  ChartToolbar(List<String> knownSymbols) {
    symbol.setId("chart-symbol");
    timeframe.setId("chart-timeframe");
    indicators.setId("chart-indicators");
    status.setId("chart-status");
    symbols.addAll(knownSymbols);
    symbol.setItems(symbols);
    symbol.setAllowCustomValue(true);
    symbol.addCustomValueSetListener(e -> choose(e.getDetail()));
    timeframe.setItems(Timeframe.values());
    indicators.setItems(Overlays.CHOICES);
    indicators.setWidth("22em");
    setAlignItems(FlexComponent.Alignment.BASELINE);
    add(symbol, timeframe, indicators, status);
  }

  java.util.Optional<String> firstSymbol() {
    return symbols.stream().findFirst();
  }

  /** Selects a symbol, adding it to the list when it is new (typed in, or from the URL). */
  void choose(String value) {
    String s = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (s.isEmpty()) {
      return;
    }
    if (!symbols.contains(s)) {
      symbols.add(s);
      symbol.setItems(symbols);
    }
    symbol.setValue(s);
  }

  void translate(UnaryOperator<String> t) {
    symbol.setLabel(t.apply("chart.symbol"));
    timeframe.setLabel(t.apply("chart.timeframe"));
    indicators.setLabel(t.apply("chart.indicators"));
    indicators.setItemLabelGenerator(token -> t.apply("chart.indicator." + token.split(":")[0]));
    timeframe.setItemLabelGenerator(tf -> t.apply("chart.tf." + tf.name()));
  }
}
