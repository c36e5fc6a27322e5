package id.nusatrade.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.trading.check.RiskProfiles;
import id.nusatrade.trading.check.RulesPreTradeCheck;
import id.nusatrade.trading.engine.ModeChangeRefusedException.Reason;
import id.nusatrade.trading.live.ModeSwitch;
import id.nusatrade.trading.live.TierLiveTrading;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper/live switch with the shipped risk and tier rules: Free has no automated (live) trading,
 * Pro has; the risk rules ask for approval of a LIVE account's first live trade (risk-limits.csv,
 * {@code approvalForFirstLiveTrade}).
 */
class LiveSwitchTest {
  static final AccountId ACCOUNT = new AccountId(new UUID(7, 1));
  static final TenantId TENANT = new TenantId(new UUID(7, 2));
  // Wednesday 2026-12-02 10:00 New York: FX is open
  static final Clock OPEN = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);
  static LiveRules risk;
  static LiveRules tier;

  @TempDir Path dir;
  final RecordingVenue paper = new RecordingVenue();
  final RecordingVenue live = new RecordingVenue();
  final Map<TenantId, Tier> tiers = new HashMap<>(Map.of(TENANT, Tier.PRO));
  final Map<AccountId, Long> logins = new HashMap<>(Map.of(ACCOUNT, 5001L));

  @BeforeAll
  static void compile() {
    risk = LiveRules.withDefaults(RuleArea.RISK);
    tier = LiveRules.withDefaults(RuleArea.TIER);
  }

  /** Free: no automated trading; Pro and Enterprise: automated trading. */
  static final EntitlementCatalog CATALOG =
      new EntitlementCatalog() {
        @Override
        public Entitlements entitlementsOf(Tier t, Instant at) {
          return new Entitlements(100, false, t != Tier.FREE, false, false, 60);
        }

        @Override
        public Idr monthlyPriceOf(Tier t, Instant at) {
          return Idr.ZERO;
        }
      };

  TradingEngine start() {
    RulesPreTradeCheck check =
        new RulesPreTradeCheck(
            risk,
            TradingCalendar.load(),
            RiskProfiles.uniform(new BigDecimal("1000000000"), "standard"),
            OPEN);
    TradingEngine e = new TradingEngine(dir, check, OPEN, TradingListener.NONE);
    e.openAccount(Account.open(ACCOUNT, TENANT));
    e.connect(AccountMode.PAPER, paper);
    e.connect(AccountMode.LIVE, live);
    return e;
  }

  ModeSwitch modeSwitch(TradingEngine e) {
    return new ModeSwitch(
        e,
        new TierLiveTrading(tier, CATALOG, tiers::get, OPEN),
        (t, a) -> logins.containsKey(a) ? OptionalLong.of(logins.get(a)) : OptionalLong.empty());
  }

  static OrderIntent limit(String id, Side side) {
    return new OrderIntent(
        ACCOUNT,
        new ClientOrderId(id),
        "EURUSD",
        side,
        new BigDecimal("1000"),
        OrderType.LIMIT,
        new BigDecimal("1.1"),
        null,
        Protection.NONE);
  }

  static ExecutionReport fill(String id, Order o) {
    return ExecutionReport.fill(
        new ExecutionId(id), o.id(), new BigDecimal("1000"), new BigDecimal("1.1"), null, 1);
  }

  @Test
  void aFreeTenantCannotSwitchToLiveAndTheRulesSayWhy() {
    tiers.put(TENANT, Tier.FREE);
    TradingEngine e = start();
    assertThatThrownBy(() -> modeSwitch(e).switchTo(TENANT, ACCOUNT, AccountMode.LIVE))
        .isInstanceOfSatisfying(
            ModeChangeRefusedException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.NOT_IN_TIER))
        .hasMessageContaining("FEATURE_NOT_IN_TIER")
        .hasMessageContaining("automatedTrading");
    assertThat(e.account(ACCOUNT).mode()).isEqualTo(AccountMode.PAPER);
  }

  @Test
  void anAccountWithoutAnMt5LoginCannotSwitchToLive() {
    logins.clear();
    TradingEngine e = start();
    assertThatThrownBy(() -> modeSwitch(e).switchTo(TENANT, ACCOUNT, AccountMode.LIVE))
        .isInstanceOfSatisfying(
            ModeChangeRefusedException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.NO_MT5_LOGIN));
    assertThat(e.account(ACCOUNT).mode()).isEqualTo(AccountMode.PAPER);
  }

  @Test
  void onlyTheFirstLiveTradeWaitsForApprovalAndTheCountSurvivesARestart() {
    TradingEngine e = start();
    assertThat(modeSwitch(e).switchTo(TENANT, ACCOUNT, AccountMode.LIVE).mode())
        .isEqualTo(AccountMode.LIVE);

    Order first = e.submit(limit("first", Side.BUY)).order();
    assertThat(first.state()).isEqualTo(OrderState.PENDING_APPROVAL);
    assertThat(first.reasons()).singleElement().asString().startsWith("FIRST_LIVE_TRADE: ");
    assertThat(OrderView.of(first).firstLiveTrade()).isTrue();
    assertThat(live.placed).isEmpty();

    e.approvalDecided(TENANT, first.id(), ApprovalOutcome.APPROVED, "officer");
    assertThat(live.placed).containsExactly(first);
    Order second = e.submit(limit("second", Side.BUY)).order();
    assertThat(second.state()).isEqualTo(OrderState.SENT);
    assertThat(OrderView.of(second).firstLiveTrade()).isFalse();
    assertThat(e.liveTrades(ACCOUNT)).isEqualTo(2);
    assertThat(paper.placed).isEmpty();
    e.close();

    TradingEngine restarted = start();
    assertThat(restarted.account(ACCOUNT).mode()).isEqualTo(AccountMode.LIVE);
    assertThat(restarted.liveTrades(ACCOUNT)).isEqualTo(2);
    assertThat(restarted.submit(limit("third", Side.BUY)).order().state())
        .isEqualTo(OrderState.SENT);
  }

  @Test
  void backToPaperIsRefusedWhileALivePositionOrOrderIsOpen() {
    TradingEngine e = start();
    ModeSwitch modes = modeSwitch(e);
    modes.switchTo(TENANT, ACCOUNT, AccountMode.LIVE);
    Order buy = e.submit(limit("buy", Side.BUY)).order();
    e.approvalDecided(TENANT, buy.id(), ApprovalOutcome.APPROVED, "officer");

    assertThatThrownBy(() -> modes.switchTo(TENANT, ACCOUNT, AccountMode.PAPER))
        .isInstanceOfSatisfying(
            ModeChangeRefusedException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.WORKING_ORDERS))
        .hasMessageContaining("order buy is SENT at the LIVE venue");

    e.onExecution(fill("f-1", buy));
    assertThatThrownBy(() -> modes.switchTo(TENANT, ACCOUNT, AccountMode.PAPER))
        .isInstanceOfSatisfying(
            ModeChangeRefusedException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.OPEN_POSITIONS))
        .hasMessageContaining("1 open LIVE position(s) (EURUSD)");
    assertThat(e.account(ACCOUNT).mode()).isEqualTo(AccountMode.LIVE);

    Order sell = e.submit(limit("sell", Side.SELL)).order();
    e.onExecution(fill("f-2", sell));
    assertThat(modes.switchTo(TENANT, ACCOUNT, AccountMode.PAPER).mode())
        .isEqualTo(AccountMode.PAPER);
  }

  @Test
  void anOpenPaperPositionKeepsTheAccountOnPaper() {
    TradingEngine e = start();
    Order buy = e.submit(limit("paper-buy", Side.BUY)).order();
    e.onExecution(fill("p-1", buy));
    assertThatThrownBy(() -> modeSwitch(e).switchTo(TENANT, ACCOUNT, AccountMode.LIVE))
        .isInstanceOfSatisfying(
            ModeChangeRefusedException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.OPEN_POSITIONS));
  }

  @Test
  void anotherTenantCannotSwitchTheAccount() {
    TradingEngine e = start();
    TenantId other = new TenantId(new UUID(7, 9));
    tiers.put(other, Tier.PRO);
    assertThatThrownBy(() -> modeSwitch(e).switchTo(other, ACCOUNT, AccountMode.LIVE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(e.account(ACCOUNT).mode()).isEqualTo(AccountMode.PAPER);
  }
}
