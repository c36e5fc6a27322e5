package id.nusatrade.domain.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PositionTest {
  final Position p = new Position(new AccountId(new UUID(0, 1)), "XAUUSD");
  int n;

  void fill(Side side, String qty, String price, String commission) {
    p.apply(
        side,
        new Fill(
            new ExecutionId("e" + ++n),
            new BigDecimal(qty),
            new BigDecimal(price),
            new BigDecimal(commission),
            0));
  }

  @Test
  void swapsAreAddedToTheNetRealisedPnlWithTheirSign() {
    p.apply(
        Side.BUY,
        new Fill(
            new ExecutionId("s1"),
            new BigDecimal("2"),
            new BigDecimal("100"),
            new BigDecimal("0.70"),
            BigDecimal.ZERO,
            0));
    p.apply(
        Side.SELL,
        new Fill(
            new ExecutionId("s2"),
            new BigDecimal("2"),
            new BigDecimal("103"),
            new BigDecimal("0.70"),
            new BigDecimal("-1.25"),
            0));
    // (103 − 100) × 2 = 6 realised; less 1.40 commission; swap −1.25 charged: 3.35
    assertThat(p.realisedPnl()).isEqualByComparingTo("6");
    assertThat(p.swaps()).isEqualByComparingTo("-1.25");
    assertThat(p.swaps().scale()).isEqualTo(TradingMath.PNL_SCALE);
    assertThat(p.netRealisedPnl()).isEqualByComparingTo("3.35");
  }

  @Test
  void buysAverageAndASellRealisesAgainstTheAverage() {
    fill(Side.BUY, "2", "100", "0.50");
    fill(Side.BUY, "1", "106", "0.25");
    // (2 × 100 + 1 × 106) / 3 = 102
    assertThat(p.averagePrice()).isEqualByComparingTo("102");
    assertThat(p.quantity()).isEqualByComparingTo("3");
    // mark 101: (101 − 102) × 3 = −3
    assertThat(p.unrealisedPnl(new BigDecimal("101"))).isEqualByComparingTo("-3");
    fill(Side.SELL, "2", "105", "0.50");
    // (105 − 102) × 2 = 6 realised; 1 left at 102
    assertThat(p.realisedPnl()).isEqualByComparingTo("6");
    assertThat(p.realisedPnl().scale()).isEqualTo(TradingMath.PNL_SCALE);
    assertThat(p.commissions()).isEqualByComparingTo("1.25");
    assertThat(p.netRealisedPnl()).isEqualByComparingTo("4.75");
    assertThat(p.quantity()).isEqualByComparingTo("1");
    assertThat(p.averagePrice()).isEqualByComparingTo("102");
  }

  @Test
  void aShortRealisesWhenThePriceFalls() {
    fill(Side.SELL, "4", "50.25", "0");
    assertThat(p.quantity()).isEqualByComparingTo("-4");
    // mark 50: (50 − 50.25) × −4 = +1
    assertThat(p.unrealisedPnl(new BigDecimal("50"))).isEqualByComparingTo("1");
    fill(Side.BUY, "4", "49.75", "0");
    // (50.25 − 49.75) × 4 = 2
    assertThat(p.realisedPnl()).isEqualByComparingTo("2");
    assertThat(p.isFlat()).isTrue();
    assertThat(p.averagePrice()).isNull();
  }

  @Test
  void aLargerOppositeFillFlipsAndOpensTheRestAtTheFillPrice() {
    fill(Side.BUY, "1", "10", "0");
    fill(Side.SELL, "3", "12", "0");
    // closes 1 at +2, opens a 2 short at 12
    assertThat(p.realisedPnl()).isEqualByComparingTo("2");
    assertThat(p.quantity()).isEqualByComparingTo("-2");
    assertThat(p.averagePrice()).isEqualByComparingTo("12");
  }

  @Test
  void averageIsRoundedHalfEvenAtPriceScale() {
    fill(Side.BUY, "1", "1", "0");
    fill(Side.BUY, "2", "2", "0");
    // 5 / 3 = 1.6666666666… → 1.6666666667 at 10 decimals
    assertThat(p.averagePrice()).isEqualTo(new BigDecimal("1.6666666667"));
  }

  @Test
  void stopLossAndTakeProfitOfALongFireOnTheBid() {
    fill(Side.BUY, "1", "100", "0");
    p.protect(new Protection(new BigDecimal("98"), new BigDecimal("105"), null));
    assertThat(p.exitOn(99.0, 99.2)).isNull();
    assertThat(p.exitOn(98.0, 98.2)).isEqualTo(ExitReason.STOP_LOSS);
    assertThat(p.exitOn(104.9, 105.1)).isNull();
    assertThat(p.exitOn(105.0, 105.2)).isEqualTo(ExitReason.TAKE_PROFIT);
  }

  @Test
  void stopsOfAShortFireOnTheAsk() {
    fill(Side.SELL, "1", "100", "0");
    p.protect(new Protection(new BigDecimal("102"), new BigDecimal("95"), null));
    assertThat(p.exitOn(101.9, 101.95)).isNull();
    assertThat(p.exitOn(101.9, 102.0)).isEqualTo(ExitReason.STOP_LOSS);
    assertThat(p.exitOn(94.9, 95.0)).isEqualTo(ExitReason.TAKE_PROFIT);
  }

  @Test
  void trailingStopFollowsTheBestBidOfALong() {
    fill(Side.BUY, "1", "100", "0");
    p.protect(new Protection(null, null, new BigDecimal("2")));
    assertThat(p.exitOn(101, 101.1)).isNull(); // best 101, level 99
    assertThat(p.exitOn(104, 104.1)).isNull(); // best 104, level 102
    assertThat(p.stops().trailingLevel()).isEqualTo(102.0);
    assertThat(p.exitOn(102.5, 102.6)).isNull();
    assertThat(p.exitOn(102.0, 102.1)).isEqualTo(ExitReason.TRAILING_STOP);
  }

  @Test
  void trailingStopFollowsTheBestAskOfAShort() {
    fill(Side.SELL, "1", "100", "0");
    p.protect(new Protection(null, null, new BigDecimal("1")));
    assertThat(p.exitOn(96.9, 97)).isNull(); // best 97, level 98
    assertThat(p.exitOn(97.8, 97.9)).isNull();
    assertThat(p.exitOn(97.9, 98)).isEqualTo(ExitReason.TRAILING_STOP);
  }

  @Test
  void closingClearsTheStops() {
    fill(Side.BUY, "1", "100", "0");
    p.protect(new Protection(new BigDecimal("98"), null, null));
    fill(Side.SELL, "1", "99", "0");
    fill(Side.BUY, "1", "97", "0");
    assertThat(p.exitOn(96, 96.1)).isNull();
    assertThat(p.stops().protection().isNone()).isTrue();
  }
}
