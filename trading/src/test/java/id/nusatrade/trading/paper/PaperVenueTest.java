package id.nusatrade.trading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.trading.engine.PositionView;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.engine.TradingListener;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper venue behind the real engine; prices are binary-exact so expectations are exact. */
class PaperVenueTest {
  static final AccountId ACCOUNT = new AccountId(new UUID(3, 3));
  static final TenantId TENANT = new TenantId(new UUID(4, 4));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
  // slippage 0.25 per fill, commission 0.5 per unit
  static final Costs COSTS =
      new Costs(0, 0.25, 0, BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ZERO);

  @TempDir Path dir;
  TradingEngine engine;
  final List<ExecutionReport> fills = new ArrayList<>();

  @BeforeEach
  void start() {
    engine = engine();
  }

  TradingEngine engine() {
    TradingEngine e =
        new TradingEngine(dir, r -> PreTradeVerdict.allow("t"), CLOCK, TradingListener.NONE);
    e.openAccount(Account.open(ACCOUNT, TENANT));
    e.connect(
        AccountMode.PAPER,
        new PaperVenue(
            new FillModel(COSTS),
            report -> {
              if (report.kind() == id.nusatrade.domain.trading.ExecutionKind.FILL) {
                fills.add(report);
              }
              e.onExecution(report);
            }));
    return e;
  }

  static void tick(TradingEngine e, double bid, double ask) {
    e.onTick(new Tick(new FeedId(TENANT, 1, "XAUUSD"), 0, 1, bid, ask, 0, 0, 0));
  }

  static OrderIntent order(String id, Side side, String qty, OrderType type, String price) {
    BigDecimal p = price == null ? null : new BigDecimal(price);
    return new OrderIntent(
        ACCOUNT,
        new ClientOrderId(id),
        "XAUUSD",
        side,
        new BigDecimal(qty),
        type,
        type == OrderType.LIMIT ? p : null,
        type == OrderType.STOP ? p : null,
        Protection.NONE);
  }

  @Test
  void aMarketBuyFillsAtTheNextAskPlusSlippageAndPaysCommission() {
    Order o = engine.submit(order("m", Side.BUY, "2", OrderType.MARKET, null)).order();
    assertThat(o.state()).isEqualTo(OrderState.SENT);
    tick(engine, 2650.0, 2650.5);
    assertThat(o.state()).isEqualTo(OrderState.FILLED);
    // ask 2650.5 + slippage 0.25 = 2650.75; commission 2 × 0.5 = 1
    assertThat(o.averagePrice()).isEqualByComparingTo("2650.75");
    PositionView p = engine.positions(ACCOUNT).getFirst();
    assertThat(p.commissions()).isEqualByComparingTo("1");
    // marked at the bid 2650.0: (2650.0 − 2650.75) × 2 = −1.5
    assertThat(p.unrealisedPnl()).isEqualByComparingTo("-1.5");
  }

  @Test
  void aLimitWaitsUntilThePriceReachesItAndFillsWithoutSlippage() {
    Order buy = engine.submit(order("l", Side.BUY, "1", OrderType.LIMIT, "2649")).order();
    tick(engine, 2649.0, 2649.5);
    assertThat(buy.state()).isEqualTo(OrderState.ACCEPTED);
    tick(engine, 2648.25, 2648.75);
    // the ask 2648.75 is at or below the limit: fills at the ask
    assertThat(buy.state()).isEqualTo(OrderState.FILLED);
    assertThat(buy.averagePrice()).isEqualByComparingTo("2648.75");
  }

  @Test
  void aSellStopTriggersWhenTheBidCrossesAndSlipsAgainstTheTrader() {
    Order sell = engine.submit(order("s", Side.SELL, "1", OrderType.STOP, "2640")).order();
    tick(engine, 2641.0, 2641.5);
    assertThat(sell.state()).isEqualTo(OrderState.ACCEPTED);
    tick(engine, 2639.5, 2640.0);
    // bid 2639.5 at or below the stop: fills at the bid − 0.25
    assertThat(sell.averagePrice()).isEqualByComparingTo("2639.25");
  }

  @Test
  void aRestartMidOrderFillsItOnceAndTheFilledOneNever() {
    Order filled = engine.submit(order("a", Side.BUY, "1", OrderType.MARKET, null)).order();
    tick(engine, 2650.0, 2650.5);
    Order waiting = engine.submit(order("b", Side.BUY, "1", OrderType.LIMIT, "2600")).order();
    assertThat(filled.state()).isEqualTo(OrderState.FILLED);
    engine.flush(); // the batch ends
    // crash: a new engine and venue over the same journal
    TradingEngine after = engine();
    assertThat(after.submit(order("a", Side.BUY, "1", OrderType.MARKET, null)).duplicate())
        .isTrue();
    tick(after, 2599.0, 2599.5);
    tick(after, 2599.0, 2599.5);
    assertThat(fills)
        .extracting(r -> r.orderId().value())
        .containsExactly(filled.id().value(), waiting.id().value());
    assertThat(after.positions(ACCOUNT).getFirst().quantity()).isEqualByComparingTo("2");
  }

  @Test
  void aCrashBeforeTheBatchEndsForgetsThePaperOrderAndItsFillTogether() {
    engine.submit(order("a", Side.BUY, "1", OrderType.MARKET, null));
    tick(engine, 2650.0, 2650.5);
    TradingEngine after = engine();
    assertThat(after.orders(ACCOUNT)).isEmpty();
    assertThat(after.positions(ACCOUNT)).isEmpty();
  }

  @Test
  void cancelStopsAWorkingOrder() {
    Order o = engine.submit(order("c", Side.BUY, "1", OrderType.LIMIT, "1")).order();
    engine.cancel(o.id());
    assertThat(o.state()).isEqualTo(OrderState.CANCELLED);
    tick(engine, 0.5, 0.75);
    assertThat(fills).isEmpty();
  }

  @Test
  void aConfiguredSpreadIsRefused() {
    assertThatThrownBy(
            () ->
                new PaperVenue(
                    new FillModel(
                        new Costs(0.1, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)),
                    r -> {}))
        .hasMessageContaining("spread from live quotes");
  }
}
