package id.nusatrade.ui.views.chart;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.ETH_A;
import static id.nusatrade.ui.support.DemoData.ETH_B;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.market.Candle;
import id.nusatrade.ui.market.LiveCharts;
import id.nusatrade.ui.market.MarketUpdate;
import id.nusatrade.ui.market.Overlays;
import id.nusatrade.ui.support.UiTestBase;
import id.nusatrade.ui.views.access.AccessDeniedView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's wiring: history, live updates through the push timer, tenant filter, overlays. */
class ChartViewTest extends UiTestBase {
  static final long OPEN = NOW.toEpochMilli() - 60_000; // the minute before the fixed clock's

  void openEthChart(String query) {
    tickStore.appendBars(List.of(new Bar(ETH_A, Timeframe.M1, OPEN, 1590, 1601, 1588, 1599, 12)));
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    UI.getCurrent().navigate("chart", QueryParameters.fromString("symbol=ETHUSD&tf=M1" + query));
  }

  CandleChart chart() {
    return _get(ChartView.class).chart();
  }

  @Test
  void opens_with_the_stored_history_and_moves_the_last_candle_on_the_tenants_ticks() {
    openEthChart("");
    assertThat(chart().shown()).containsExactly(new Candle(OPEN, 1590, 1601, 1588, 1599, 12));
    _assertNone(Paragraph.class, spec -> spec.withId("chart-empty")); // hidden: there is data

    liveMarket.publish(new MarketUpdate.TickSample(ETH_A, NOW.toEpochMilli() + 1_000, 1600, 1601));
    liveMarket.publish(new MarketUpdate.TickSample(ETH_B, NOW.toEpochMilli() + 2_000, 9000, 9001));
    assertThat(chart().shown()).hasSize(1).as("nothing before the push");
    pushTimer.runAll();
    MockVaadin.clientRoundtrip();

    assertThat(chart().shown().getLast())
        .isEqualTo(Candle.opening(NOW.toEpochMilli(), 1600.5))
        .as("tenant B's tick at 9000.5 never reaches tenant A's chart");
  }

  @Test
  void overlays_are_the_values_the_gateway_stored_for_the_viewers_feed() {
    for (int i = 1; i <= 25; i++) {
      long open = OPEN - i * 60_000L;
      tickStore.appendBars(List.of(new Bar(ETH_A, Timeframe.M1, open, 10, 11, 9, 10, 1)));
      storedSma(ETH_A, open, 10 + i * 0.01);
      storedSma(ETH_B, open, 9000); // tenant B's feed of the same symbol: never on A's chart
    }
    storedSma(ETH_A, OPEN, 10.5);
    openEthChart("&indicators=sma:20");
    List<Overlays.Point> points = chart().overlays().getFirst().points();
    assertThat(chart().overlays()).extracting(Overlays.Line::name).containsExactly("sma_20");
    assertThat(points).hasSize(26).allMatch(p -> p.value() < 11);
    assertThat(points.getLast()).isEqualTo(new Overlays.Point(OPEN, 10.5));

    // the bar.closed event reaches the chart before the gateway has stored the bar's value
    Candle closed = new Candle(NOW.toEpochMilli(), 10, 12, 9, 11, 30);
    liveMarket.publish(new MarketUpdate.ClosedBar(ETH_A, Timeframe.M1, closed));
    pushTimer.runAll();
    MockVaadin.clientRoundtrip();
    assertThat(chart().shown().getLast()).isEqualTo(closed);
    assertThat(chart().overlays().getFirst().points()).hasSize(26);

    storedSma(ETH_A, NOW.toEpochMilli(), 10.75);
    pushTimer.runAll(); // the re-read scheduled after the bar closed
    MockVaadin.clientRoundtrip();
    assertThat(pushTimer.delays()).contains(LiveCharts.STORAGE_LAG);
    assertThat(chart().overlays().getFirst().points())
        .hasSize(27)
        .last()
        .isEqualTo(new Overlays.Point(NOW.toEpochMilli(), 10.75));
  }

  private void storedSma(FeedId feed, long time, double value) {
    tickStore.appendIndicators(
        List.of(new IndicatorValue(feed, Timeframe.M1, time, "sma_20", value)));
  }

  @Test
  void times_are_shown_in_the_viewers_tenant_zone() {
    tickStore.appendBars(List.of(new Bar(ETH_B, Timeframe.M1, OPEN, 90, 91, 89, 90, 3)));
    signIn(signedIn("trader-b", TENANT_B, Role.TRADER)); // CV Contoh Borneo: WITA, UTC+8
    UI.getCurrent().navigate("chart", QueryParameters.fromString("symbol=ETHUSD&tf=M1"));

    Candle shown = chart().shown().getFirst();
    assertThat(shown.time()).isEqualTo(OPEN).as("kept in epoch time");
    assertThat(chart().displayed(shown).time()).isEqualTo(OPEN + 8 * 3_600_000L);
    assertThat(_get(Span.class, spec -> spec.withId("chart-status")).getText()).endsWith("WITA");
  }

  @Test
  void a_compliance_officer_may_not_open_the_chart() {
    signIn(signedIn("officer-a", TENANT_A, Role.COMPLIANCE_OFFICER));
    navigate("chart");
    _get(AccessDeniedView.class);
    _assertNone(ChartView.class);
  }
}
