package id.nusatrade.ui.market;

import java.util.List;

/** The symbols the chart's picker offers: those with stored bars. */
@FunctionalInterface
public interface MarketSymbols {
  List<String> all();
}
