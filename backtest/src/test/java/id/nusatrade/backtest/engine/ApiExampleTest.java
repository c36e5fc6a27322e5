package id.nusatrade.backtest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.backtest.AppleBars;
import id.nusatrade.backtest.HandSmaCross;
import id.nusatrade.backtest.HandSmaCross.HandTrade;
import id.nusatrade.backtest.strategy.Examples;
import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.fill.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

public class ApiExampleTest {
  /** The strategy exactly as API.md prints it (the shipped example file). */
  static final String API_EXAMPLE = Examples.text(Examples.SMA_CROSS);

  private final Strategy strategy =
      new StrategyFile(IndicatorRegistry.standard()).parse(API_EXAMPLE);
  private final Backtester backtester =
      new Backtester(
          new FillModel(Costs.NONE),
          FillMode.NEXT_OPEN,
          new BigDecimal("100000"),
          IndicatorRegistry.standard());

  @Test
  void apiExampleOnAppleGivesExactlyTheHandComputedTrades() {
    List<String[]> rows = AppleBars.rows();
    List<HandTrade> expected = HandSmaCross.trades(rows, 10, 30);
    BacktestResult run = backtester.run(strategy, AppleBars.series());

    assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
    assertSame(run, expected, rows);
  }

  @Test
  void apiExampleOnUnseenRandomWalksGivesExactlyTheHandComputedTrades() {
    for (long seed = 1; seed <= 20; seed++) {
      List<String[]> rows = randomWalk(seed, 600);
      List<HandTrade> expected = HandSmaCross.trades(rows, 10, 30);
      BacktestResult run = backtester.run(strategy, series(rows));
      assertSame(run, expected, rows);
    }
  }

  @Test
  void positionOpenAtTheEndClosesAtTheLastClose() {
    List<String[]> rows = AppleBars.rows();
    BacktestResult run = backtester.run(strategy, AppleBars.series());
    Trade last = run.trades().getLast();
    if (last.exitReason() == Trade.ExitReason.END_OF_DATA) {
      assertThat(last.exitPrice()).isEqualTo(Double.parseDouble(rows.getLast()[4]));
    }
    assertThat(run.finalEquity())
        .isEqualByComparingTo(
            new BigDecimal("100000")
                .add(
                    run.trades().stream()
                        .map(Trade::pnl)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
  }

  private static void assertSame(
      BacktestResult run, List<HandTrade> expected, List<String[]> rows) {
    assertThat(run.trades()).hasSize(expected.size());
    for (int k = 0; k < expected.size(); k++) {
      Trade t = run.trades().get(k);
      HandTrade h = expected.get(k);
      assertThat(t.side()).isEqualTo(Side.BUY);
      assertThat(t.entryTime()).isEqualTo(AppleBars.epochMillis(rows.get(h.entryBar())[0]));
      assertThat(t.exitTime()).isEqualTo(AppleBars.epochMillis(rows.get(h.exitBar())[0]));
      assertThat(BigDecimal.valueOf(t.entryPrice())).isEqualByComparingTo(h.entryPrice());
      assertThat(BigDecimal.valueOf(t.exitPrice())).isEqualByComparingTo(h.exitPrice());
      assertThat(t.quantity()).isEqualByComparingTo(BigDecimal.ONE);
      assertThat(t.pnl()).isEqualByComparingTo(h.pnl());
    }
  }

  /** A seeded random walk as text rows (cent prices, dates one day apart). */
  public static List<String[]> randomWalk(long seed, int n) {
    Random random = new Random(seed);
    List<String[]> rows = new ArrayList<>();
    long price = 10_000;
    java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1);
    for (int i = 0; i < n; i++) {
      long open = price;
      long close = Math.max(100, open + Math.round(random.nextGaussian() * 150));
      long high = Math.max(open, close) + random.nextInt(80);
      long low = Math.max(1, Math.min(open, close) - random.nextInt(80));
      rows.add(
          new String[] {
            day.plusDays(i).toString(),
            cents(open),
            cents(high),
            cents(low),
            cents(close),
            String.valueOf(1000 + random.nextInt(9000))
          });
      price = close;
    }
    return rows;
  }

  private static String cents(long c) {
    return String.format(Locale.ROOT, "%d.%02d", c / 100, c % 100);
  }

  public static BarSeries series(List<String[]> rows) {
    int n = rows.size();
    long[] time = new long[n];
    double[][] c = new double[5][n];
    for (int i = 0; i < n; i++) {
      time[i] = AppleBars.epochMillis(rows.get(i)[0]);
      for (int k = 0; k < 5; k++) {
        c[k][i] = Double.parseDouble(rows.get(i)[k + 1]);
      }
    }
    return new BarSeries(time, c[0], c[1], c[2], c[3], c[4]);
  }
}
