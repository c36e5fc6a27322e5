package id.nusatrade.trading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.PreTradeRequest;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
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

/**
 * Two tenants trade the same symbol at their own brokers' prices: a quote of one tenant's feed
 * fills, values and stops only that tenant's orders and positions.
 */
class TenantQuotesTest {
  static final TenantId TENANT_A = new TenantId(new UUID(10, 1));
  static final TenantId TENANT_B = new TenantId(new UUID(10, 2));
  static final AccountId ACCOUNT_A = new AccountId(new UUID(11, 1));
  static final AccountId ACCOUNT_B = new AccountId(new UUID(11, 2));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  TradingEngine engine;
  final List<PreTradeRequest> checked = new ArrayList<>();

  @BeforeEach
  void start() {
    engine =
        new TradingEngine(
            dir,
            r -> {
              checked.add(r);
              return PreTradeVerdict.allow("t");
            },
            CLOCK,
            TradingListener.NONE);
    engine.openAccount(Account.open(ACCOUNT_A, TENANT_A));
    engine.openAccount(Account.open(ACCOUNT_B, TENANT_B));
    engine.connect(AccountMode.PAPER, new PaperVenue(new FillModel(Costs.NONE), engine));
  }

  static void tick(TradingEngine e, TenantId tenant, double bid, double ask) {
    e.onTick(new Tick(new FeedId(tenant, 7, "XAUUSD"), 0, 1, bid, ask, 0, 0, 0));
  }

  static OrderIntent buy(AccountId account, String id, Protection protection) {
    return new OrderIntent(
        account,
        new ClientOrderId(id),
        "XAUUSD",
        Side.BUY,
        BigDecimal.ONE,
        OrderType.MARKET,
        null,
        null,
        protection);
  }

  @Test
  void eachTenantsMarketOrderFillsOnlyAtItsOwnTenantsAsk() {
    Order a = engine.submit(buy(ACCOUNT_A, "a", Protection.NONE)).order();
    Order b = engine.submit(buy(ACCOUNT_B, "b", Protection.NONE)).order();

    tick(engine, TENANT_A, 2650.0, 2650.5);
    assertThat(a.state()).isEqualTo(OrderState.FILLED);
    assertThat(a.averagePrice()).isEqualByComparingTo("2650.5");
    assertThat(b.state()).isEqualTo(OrderState.SENT);

    tick(engine, TENANT_B, 2700.0, 2700.5);
    assertThat(b.state()).isEqualTo(OrderState.FILLED);
    assertThat(b.averagePrice()).isEqualByComparingTo("2700.5");
    assertThat(a.averagePrice()).isEqualByComparingTo("2650.5");
  }

  @Test
  void positionsAreMarkedAtTheirOwnTenantsBid() {
    engine.submit(buy(ACCOUNT_A, "a", Protection.NONE));
    tick(engine, TENANT_A, 2650.0, 2650.5);
    tick(engine, TENANT_B, 2000.0, 2000.5);
    // A bought at 2650.5 and is marked at its own bid 2650.0: −0.5, not 2000.0 − 2650.5
    assertThat(engine.positions(ACCOUNT_A).getFirst().unrealisedPnl()).isEqualByComparingTo("-0.5");
  }

  @Test
  void anotherTenantsCrashDoesNotTriggerAStopLoss() {
    engine.submit(buy(ACCOUNT_A, "a", new Protection(new BigDecimal("2600"), null, null)));
    tick(engine, TENANT_A, 2650.0, 2650.5);
    tick(engine, TENANT_B, 2500.0, 2500.5); // below A's stop, but B's price
    assertThat(engine.orders(ACCOUNT_A)).hasSize(1);
    assertThat(engine.positions(ACCOUNT_A).getFirst().quantity()).isEqualByComparingTo("1");
    tick(engine, TENANT_A, 2599.0, 2599.5); // A's own price crosses its stop
    assertThat(engine.positions(ACCOUNT_A)).isEmpty();
  }

  @Test
  void theRulesSeeTheReferencePriceOfTheOrdersOwnTenant() {
    tick(engine, TENANT_A, 2650.0, 2650.5);
    engine.submit(buy(ACCOUNT_B, "b", Protection.NONE));
    assertThat(checked.getLast().referencePrice()).isNull(); // B has no quote yet
    tick(engine, TENANT_B, 2700.0, 2700.5);
    engine.submit(buy(ACCOUNT_B, "b2", Protection.NONE));
    assertThat(checked.getLast().referencePrice()).isEqualByComparingTo("2700.5");
  }
}
