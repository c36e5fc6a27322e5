package id.nusatrade.trading.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table tests of the fill model. Every expected price is worked out by hand from the bar (open 100,
 * high 105, low 95) and the costs in the row; NaN means "no fill in this bar".
 */
class FillModelTest {
  private static final double OPEN = 100;
  private static final double HIGH = 105;
  private static final double LOW = 95;

  private static FillModel model(double spread, double slippage, double slippagePercent) {
    return new FillModel(
        new Costs(
            spread, slippage, slippagePercent, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
  }

  @ParameterizedTest(name = "market {0} at {1}, spread {2}, slippage {3} + {4}% -> {5}")
  @CsvSource({
    "BUY,  100, 0,   0,    0, 100",
    "SELL, 100, 0,   0,    0, 100",
    "BUY,  100, 0.2, 0,    0, 100.2",
    "SELL, 100, 0.2, 0,    0, 100",
    "BUY,  100, 0,   0.05, 0, 100.05",
    "SELL, 100, 0,   0.05, 0, 99.95",
    "BUY,  100, 0,   0,    1, 101",
    "SELL, 100, 0,   0,    1, 99",
    "BUY,  100, 0.5, 0.1,  1, 101.605",
  })
  void marketOrdersPayTheSpreadOnBuysAndSlippageAgainstTheTrader(
      Side side, double bid, double spread, double slip, double slipPct, double expected) {
    assertThat(model(spread, slip, slipPct).market(side, bid)).isCloseTo(expected, within());
  }

  @ParameterizedTest(name = "limit {0} at {1}, spread {2} -> {3}")
  @CsvSource({
    "BUY,  97,  0,   97",
    "BUY,  95,  0,   95",
    "BUY,  94.99, 0, NaN",
    "BUY,  101, 0,   100",
    "BUY,  95,  0.5, NaN",
    "BUY,  95.5, 0.5, 95.5",
    "SELL, 104, 0,   104",
    "SELL, 105, 0,   105",
    "SELL, 105.01, 0, NaN",
    "SELL, 99,  0,   100",
  })
  void limitOrdersFillOnlyWhenTheRangeReachesThemAndAtTheOpenOnAGap(
      Side side, double limit, double spread, double expected) {
    double fill = model(spread, 0.3, 0).limit(side, limit, OPEN, HIGH, LOW);
    assertPrice(fill, expected);
  }

  @ParameterizedTest(name = "stop {0} at {1}, spread {2}, slippage {3} -> {4}")
  @CsvSource({
    "BUY,  103, 0,   0,   103",
    "BUY,  105, 0,   0,   105",
    "BUY,  105.01, 0, 0,  NaN",
    "BUY,  105.2, 0.2, 0, 105.2",
    "BUY,  99,  0,   0,   100",
    "BUY,  103, 0,   0.1, 103.1",
    "SELL, 96,  0,   0,   96",
    "SELL, 94.99, 0, 0,   NaN",
    "SELL, 101, 0,   0,   100",
    "SELL, 96,  0,   0.1, 95.9",
  })
  void stopOrdersTriggerOnlyInsideTheRangeAndFillWorseOnAGap(
      Side side, double stop, double spread, double slip, double expected) {
    assertPrice(model(spread, slip, 0).stop(side, stop, OPEN, HIGH, LOW), expected);
  }

  @ParameterizedTest(name = "{0} position, stop {1}, take-profit {2}: {3} at {4}")
  @CsvSource({
    "BUY,  96,  104, STOP_LOSS,   96",
    "BUY,  94,  104, TAKE_PROFIT, 104",
    "BUY,  96,  106, STOP_LOSS,   96",
    "BUY,  94,  106, NONE,        NaN",
    "BUY,  101, 110, STOP_LOSS,   100",
    "BUY,  90,  99,  TAKE_PROFIT, 100",
    "SELL, 104, 96,  STOP_LOSS,   104",
    "SELL, 106, 96,  TAKE_PROFIT, 96",
    "SELL, 99,  90,  STOP_LOSS,   100",
    "SELL, 110, 101, TAKE_PROFIT, 100",
  })
  void protectiveExitsAreConservativeWhenTheBarTouchesBoth(
      Side entry, double stop, double profit, String reason, double expected) {
    ProtectiveExit.Exit exit =
        new ProtectiveExit(model(0, 0, 0)).check(entry, stop, profit, OPEN, HIGH, LOW);
    if (reason.equals("NONE")) {
      assertThat(exit).isNull();
    } else {
      assertThat(exit.reason()).isEqualTo(ProtectiveExit.Reason.valueOf(reason));
      assertThat(exit.price()).isCloseTo(expected, within());
    }
  }

  @Test
  void commissionAddsPerTradePerUnitAndPercentOfNotional() {
    FillModel model =
        new FillModel(
            new Costs(
                0, 0, 0, new BigDecimal("2.50"), new BigDecimal("0.01"), new BigDecimal("0.1")));
    // 2.50 + 0.01 × 300 + 0.1 % × (101.25 × 300) = 2.50 + 3.00 + 30.375
    assertThat(model.commission(101.25, new BigDecimal("300")))
        .isEqualByComparingTo(new BigDecimal("35.875"));
    assertThat(new FillModel(Costs.NONE).commission(101.25, new BigDecimal("300")))
        .isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void negativeCostsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Costs(-1, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Costs(0, 0, 0, BigDecimal.ONE.negate(), BigDecimal.ZERO, BigDecimal.ZERO));
  }

  private static void assertPrice(double fill, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(fill).isNaN();
    } else {
      assertThat(fill).isCloseTo(expected, within());
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
