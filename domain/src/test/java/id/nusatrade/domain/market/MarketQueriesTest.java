package id.nusatrade.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MarketQueriesTest {
  static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");
  static final TenantId B = TenantId.of("22222222-2222-2222-2222-222222222222");
  static final FeedId A_EUR_80001 = new FeedId(A, 80001, "EURUSD");
  static final FeedId A_EUR_80002 = new FeedId(A, 80002, "EURUSD");
  static final FeedId A_XAU = new FeedId(A, 80001, "XAUUSD");
  static final FeedId B_GBP = new FeedId(B, 90001, "GBPUSD");

  /**
   * Feeds by tenant, ordered by account then symbol as the port promises; records what it is asked.
   */
  final Recorded store = new Recorded();

  final MarketQueries queries = new MarketQueries(store);

  @Test
  void symbolsAreTheTenantsOwnEachOnceSorted() {
    assertThat(queries.symbols(A)).containsExactly("EURUSD", "XAUUSD");
    assertThat(queries.symbols(B)).containsExactly("GBPUSD");
  }

  @Test
  void barsComeFromTheLowestAccountStreamingTheSymbolWithTheDefaultLimit() {
    queries.closedBars(A, "EURUSD", "m5", null);

    assertThat(store.asked).isEqualTo(new Asked(A_EUR_80001, Timeframe.M5, 300));
  }

  @Test
  void anotherTenantsSymbolIsUnknown() {
    assertThatThrownBy(() -> queries.closedBars(A, "GBPUSD", "M1", "10"))
        .isInstanceOf(UnknownSymbolException.class)
        .hasMessageContaining("GBPUSD");
    assertThat(store.asked).isNull();
  }

  @Test
  void badTimeframesLimitsAndMissingSymbolsAreRefusedNamingTheValue() {
    assertThatThrownBy(() -> queries.closedBars(A, "EURUSD", "M2", "10"))
        .isInstanceOf(InvalidMarketQueryException.class)
        .hasMessageContaining("'M2'")
        .hasMessageContaining("M1, M5, M15, H1, H4, D1");
    assertThatThrownBy(() -> queries.closedBars(A, "EURUSD", null, "10"))
        .isInstanceOf(InvalidMarketQueryException.class)
        .hasMessageContaining("timeframe is required");
    for (String limit : List.of("0", "-3", "5001", "ten", "1.5")) {
      assertThatThrownBy(() -> queries.closedBars(A, "EURUSD", "M1", limit))
          .isInstanceOf(InvalidMarketQueryException.class)
          .hasMessageContaining("'" + limit + "'")
          .hasMessageContaining("1 to 5000");
    }
    assertThatThrownBy(() -> queries.closedBars(A, " ", "M1", "10"))
        .isInstanceOf(InvalidMarketQueryException.class)
        .hasMessageContaining("symbol is required");
    queries.closedBars(A, "EURUSD", "M1", "5000");
    assertThat(store.asked.n()).isEqualTo(5000);
  }

  record Asked(FeedId feed, Timeframe tf, int n) {}

  static final class Recorded implements TickStore {
    Asked asked;

    @Override
    public List<FeedId> feeds(TenantId tenant) {
      return tenant.equals(A) ? List.of(A_EUR_80001, A_XAU, A_EUR_80002) : List.of(B_GBP);
    }

    @Override
    public List<Bar> lastBars(FeedId feed, Timeframe timeframe, int n) {
      asked = new Asked(feed, timeframe, n);
      return List.of();
    }

    @Override
    public void appendTicks(List<Tick> ticks) {}

    @Override
    public void appendBars(List<Bar> bars) {}

    @Override
    public void flush() {}

    @Override
    public OptionalLong lastSequence(FeedId feed) {
      return OptionalLong.empty();
    }

    @Override
    public List<Tick> lastTicks(FeedId feed, int n) {
      return List.of();
    }

    @Override
    public List<Bar> ohlc(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
      return List.of();
    }

    @Override
    public List<Bar> bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
      return List.of();
    }
  }
}
