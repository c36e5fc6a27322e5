package id.nusatrade.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExposureTest {
  private static OrderIntent order(Side side, String quantity, String price) {
    return OrderIntent.of(
        "A",
        "BBCA",
        Market.IDX,
        side,
        new BigDecimal(quantity),
        new BigDecimal(price),
        BigDecimal.ONE,
        null,
        false,
        Instant.parse("2026-12-02T03:00:00Z"));
  }

  @Test
  void buyingOnTopOfALongPositionAddsToSymbolAndTotalExposure() {
    // long 100 @ 50 = 5,000 of a 12,000 total; buy 20 -> 120 x 50 = 6,000; total 12,000 - 5,000 +
    // 6,000 = 13,000
    Exposure e =
        Exposure.of(
            order(Side.BUY, "20", "50"),
            new BigDecimal("100"),
            new BigDecimal("12000"),
            new BigDecimal("2600"));
    assertThat(e.positionAfter()).isEqualByComparingTo("120");
    assertThat(e.symbolNotionalAfter()).isEqualByComparingTo("6000");
    assertThat(e.totalExposureAfter()).isEqualByComparingTo("13000");
    assertThat(e.leverageAfter()).isEqualByComparingTo("5.0000"); // 13,000 / 2,600
    assertThat(e.reducing()).isFalse();
  }

  @Test
  void sellingPartOfALongPositionReduces() {
    Exposure e =
        Exposure.of(
            order(Side.SELL, "30", "50"),
            new BigDecimal("100"),
            new BigDecimal("5000"),
            new BigDecimal("1000"));
    assertThat(e.positionAfter()).isEqualByComparingTo("70");
    assertThat(e.totalExposureAfter()).isEqualByComparingTo("3500");
    assertThat(e.reducing()).isTrue();
  }

  @Test
  void sellingThroughALongPositionFlipsItAndDoesNotReduce() {
    Exposure e =
        Exposure.of(
            order(Side.SELL, "150", "50"),
            new BigDecimal("100"),
            new BigDecimal("5000"),
            new BigDecimal("1000"));
    assertThat(e.positionAfter()).isEqualByComparingTo("-50");
    assertThat(e.symbolNotionalAfter()).isEqualByComparingTo("2500");
    assertThat(e.reducing()).isFalse();
  }

  @Test
  void anAccountWithoutEquityHasUnboundedLeverage() {
    Exposure e =
        Exposure.of(order(Side.BUY, "1", "50"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(e.leverageAfter()).isEqualByComparingTo(Exposure.NO_EQUITY_LEVERAGE);
  }
}
