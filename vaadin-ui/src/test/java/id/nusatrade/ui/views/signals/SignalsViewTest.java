package id.nusatrade.ui.views.signals;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.messaging.contract.SignalDecided;
import id.nusatrade.signals.registry.InMemoryModelRegistry;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.signals.LiveSignals;
import id.nusatrade.ui.signals.SignalBoard;
import id.nusatrade.ui.support.BrowserlessUi;
import id.nusatrade.ui.support.DemoData;
import id.nusatrade.ui.support.FixedCurrentUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signals page without a browser, on a real {@link SignalBoard} fed as the bus adapter does:
 * the latest decision with its direction, probability (Pro and up only), model version and reasons
 * in Bahasa Indonesia or English, the history, pushes as decisions arrive, tenants apart.
 */
class SignalsViewTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:05:00Z"), ZoneOffset.UTC);
  static final long BAR = Instant.parse("2026-11-21T10:04:00Z").toEpochMilli();

  @TempDir Path modelsDir;
  final SignalBoard board = new SignalBoard();
  int connects;

  static SignalDecided decided(String symbol, long bar, String direction, double up) {
    return new SignalDecided(
        80001,
        symbol,
        Timeframe.M1,
        bar,
        direction,
        up,
        "6f1c0a52-5d0c-4c35-9d1b-7c3f3c1b2a10",
        "lightgbm-0d608510d42a",
        List.of(
            new SignalDecided.Contribution("rsi_14", 28.0, 0.12),
            new SignalDecided.Contribution("ret_5", -0.0021, -0.05)));
  }

  void open(String user, TenantId tenant) {
    ModelService models =
        new ModelService(
            new InMemoryModelRegistry(),
            modelsDir,
            DemoData.repository(),
            Catalog.standard(),
            CLOCK);
    BrowserlessUi.start(
        Map.of(
            CurrentUser.class,
            new FixedCurrentUser(signedIn(user, tenant, Role.TRADER)),
            TenantRepository.class,
            DemoData.repository(),
            Clock.class,
            CLOCK,
            LiveSignals.class,
            new LiveSignals(
                board,
                () -> {
                  connects++;
                  return true;
                }),
            ModelService.class,
            models));
    UI.getCurrent().navigate("signals");
  }

  SignalsView view() {
    return _get(SignalsView.class);
  }

  List<String> reasons() {
    return view().why.getChildren().map(c -> ((ListItem) c).getText()).toList();
  }

  @AfterEach
  void stop() {
    BrowserlessUi.stop();
  }

  @Test
  void the_latest_decision_shows_direction_probability_model_and_reasons_in_bahasa_indonesia() {
    board.publish(TENANT_A, decided("ETHUSD", BAR - 60_000, "HOLD", 0.51));
    board.publish(TENANT_A, decided("ETHUSD", BAR, "BUY", 0.623));
    open("trader-a", TENANT_A); // PT Demo Nusantara is on Pro: probabilities shown

    assertThat(connects).isEqualTo(1);
    assertThat(view().symbol.getValue()).isEqualTo("ETHUSD");
    assertThat(view().direction.getText()).isEqualTo("BELI");
    assertThat(view().probability.getText()).isEqualTo("62,3 %");
    assertThat(view().model.getText()).isEqualTo("Model: lightgbm-0d608510d42a");
    assertThat(reasons())
        .containsExactly(
            "RSI 14 di 28,00 mendorong ke arah BELI (+0.12)",
            "imbal hasil 5 bar di -0,002100 mendorong ke arah JUAL (-0.05)");
    assertThat(GridKt._size(view().history)).isEqualTo(2);
    assertThat(GridKt._get(view().history, 0).barOpenTime()).isEqualTo(BAR);
  }

  @Test
  void a_sell_shows_the_probability_of_down_and_english_reasons_after_switching_language() {
    board.publish(TENANT_A, decided("ETHUSD", BAR, "SELL", 0.30));
    open("trader-a", TENANT_A);
    UI.getCurrent().setLocale(Locale.ENGLISH);

    assertThat(view().direction.getText()).isEqualTo("SELL");
    assertThat(view().probability.getText()).isEqualTo("70.0 %");
    assertThat(reasons().get(0)).isEqualTo("RSI 14 at 28.00 pushed towards BUY (+0.12)");
  }

  @Test
  void a_new_decision_is_pushed_to_the_open_page_and_closing_it_stops_watching() {
    open("trader-a", TENANT_A);
    assertThat(view().empty.isVisible()).isTrue();
    assertThat(board.watching()).isEqualTo(1);

    board.publish(TENANT_A, decided("XAUUSD", BAR, "BUY", 0.7));
    MockVaadin.clientRoundtrip(); // runs the ui.access the board's listener queued

    assertThat(view().empty.isVisible()).isFalse();
    assertThat(view().symbol.getValue()).isEqualTo("XAUUSD");
    assertThat(view().direction.getText()).isEqualTo("BELI");

    UI.getCurrent().navigate("access-denied");
    assertThat(board.watching()).isZero();
  }

  @Test
  void a_free_tenant_sees_no_probability_and_never_another_tenants_signals() {
    board.publish(TENANT_A, decided("ETHUSD", BAR, "BUY", 0.9));
    board.publish(TENANT_B, decided("ETHUSD", BAR, "SELL", 0.2));
    open("trader-b", TENANT_B); // CV Contoh Borneo is on Free

    assertThat(view().direction.getText()).isEqualTo("JUAL");
    assertThat(view().probability.getText()).isEqualTo("Probabilitas mulai paket Pro");
    assertThat(GridKt._size(view().history)).isEqualTo(1);
  }
}
