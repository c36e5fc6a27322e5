package id.nusatrade.ui.views.trading;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.trading.application.EngineTradingDesk;
import id.nusatrade.trading.application.TradingDesk;
import id.nusatrade.trading.check.RiskProfiles;
import id.nusatrade.trading.check.RulesPreTradeCheck;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.live.ModeSwitch;
import id.nusatrade.trading.paper.PaperVenue;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.support.BrowserlessUi;
import id.nusatrade.ui.support.DemoData;
import id.nusatrade.ui.support.FixedCurrentUser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trading page without a browser, on the real engine, paper venue and shipped risk rules
 * (profile {@code standard}: at most 500,000,000 notional per order).
 */
class TradingViewTest {
  // Wednesday 2026-12-02 10:00 New York: FX is open
  static final Clock OPEN = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);
  static LiveRules risk;

  @TempDir Path journal;
  TradingEngine engine;
  long seq;

  @BeforeAll
  static void compile() {
    risk = LiveRules.withDefaults(RuleArea.RISK);
  }

  void open(String user, TenantId tenant) {
    engine =
        new TradingEngine(
            journal,
            new RulesPreTradeCheck(
                risk,
                TradingCalendar.load(),
                RiskProfiles.uniform(new BigDecimal("1000000000"), "standard"),
                OPEN),
            OPEN,
            TradingListener.NONE);
    engine.connect(AccountMode.PAPER, new PaperVenue(new FillModel(Costs.NONE), engine));
    ModeSwitch modes =
        new ModeSwitch(engine, t -> Optional.empty(), (t, a) -> OptionalLong.empty());
    BrowserlessUi.start(
        Map.of(
            CurrentUser.class,
            new FixedCurrentUser(signedIn(user, tenant, Role.TRADER)),
            TenantRepository.class,
            DemoData.repository(),
            Clock.class,
            OPEN,
            TradingDesk.class,
            new EngineTradingDesk(engine, modes)));
    UI.getCurrent().navigate("trading");
  }

  @AfterEach
  void stop() {
    BrowserlessUi.stop();
    engine.close();
  }

  TradingView view() {
    return _get(TradingView.class);
  }

  void quote(TenantId tenant, double bid, double ask) {
    engine.onTick(
        new Tick(new FeedId(tenant, 80001, "EURUSD"), ++seq, OPEN.millis(), bid, ask, 0, 1, 0));
  }

  void order(Side side, String quantity) {
    OrderTicket t = view().ticket;
    t.symbol.setValue("EURUSD");
    t.side.setValue(side);
    t.type.setValue(OrderType.MARKET);
    t.quantity.setValue(new BigDecimal(quantity));
    _click(_get(Button.class, spec -> spec.withId("order-submit")));
  }

  @Test
  void a_market_order_from_the_ticket_fills_on_the_next_quote_and_shows_as_a_position() {
    open("trader-a", TENANT_A);
    quote(TENANT_A, 1.1000, 1.1002);
    order(Side.BUY, "1000");
    assertThat(view().ticket.error.getText()).isEmpty();
    quote(TENANT_A, 1.1010, 1.1012); // the paper venue fills at this ask
    view().refresh(); // what the next poll does

    OrderView o = GridKt._get(view().orders, 0);
    assertThat(o.state()).isEqualTo(OrderState.FILLED);
    assertThat(o.intent().clientOrderId().value()).matches("ui-[0-9a-f]{28}");
    assertThat(GridKt._size(view().positions)).isEqualTo(1);
    var p = GridKt._get(view().positions, 0).position();
    assertThat(p.quantity()).isEqualByComparingTo("1000");
    assertThat(p.averagePrice()).isEqualByComparingTo("1.1012");
    // (bid 1.1010 − 1.1012) × 1000 = −0.2
    assertThat(p.unrealisedPnl()).isEqualByComparingTo("-0.2");
  }

  @Test
  void a_refused_order_shows_the_rules_reason_code() {
    open("trader-a", TENANT_A);
    quote(TENANT_A, 1.1000, 1.1002);
    order(Side.BUY, "600000000"); // 600,000,000 × 1.1002 > 500,000,000
    assertThat(view().ticket.error.getText())
        .startsWith("Ditolak:")
        .contains("MAX_NOTIONAL_PER_ORDER");
    assertThat(GridKt._get(view().orders, 0).state()).isEqualTo(OrderState.REJECTED);
  }

  @Test
  void the_kill_switch_halts_and_close_all_flattens_after_confirmation() {
    open("trader-a", TENANT_A);
    quote(TENANT_A, 1.1000, 1.1002);
    order(Side.BUY, "1000");
    quote(TENANT_A, 1.1000, 1.1002);

    view().killSwitch.setValue(TradingState.HALTED);
    _click(_get(Button.class, spec -> spec.withId("trading-state-apply")));
    assertThat(view().accountState.getText()).isEqualTo("PAPER · HALTED");
    order(Side.BUY, "1000");
    assertThat(view().ticket.error.getText()).contains("HALTED");

    _click(_get(Button.class, spec -> spec.withId("trading-close-all")));
    assertThat(GridKt._size(view().positions)).as("nothing before the confirmation").isEqualTo(1);
    _click(_get(Button.class, spec -> spec.withId("close-all-confirm-yes")));
    quote(TENANT_A, 1.1005, 1.1007); // the exit fills at this bid
    view().refresh();
    assertThat(GridKt._size(view().positions)).isZero();
  }

  @Test
  void switching_to_live_without_an_mt5_terminal_shows_why_and_stays_on_paper() {
    open("trader-a", TENANT_A);
    _click(_get(Button.class, spec -> spec.withId("trading-mode")));
    _click(_get(Button.class, spec -> spec.withId("mode-confirm-yes")));
    assertThat(view().accountError.getText()).startsWith("NO_MT5_LOGIN:");
    assertThat(view().accountState.getText()).isEqualTo("PAPER · ACTIVE");
  }

  @Test
  void another_tenants_orders_are_not_shown() {
    open("trader-a", TENANT_A);
    quote(TENANT_A, 1.1000, 1.1002);
    order(Side.BUY, "1000");
    BrowserlessUi.stop();
    engine.close();

    open("trader-b", TENANT_B);
    assertThat(GridKt._size(view().orders)).isZero();
    assertThat(view().account.getValue().tenant()).isEqualTo(TENANT_B);
  }
}
