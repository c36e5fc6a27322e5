package id.nusatrade.backtest.engine;

import id.nusatrade.backtest.engine.Decision.Action;
import id.nusatrade.backtest.engine.Trade.ExitReason;
import id.nusatrade.backtest.strategy.Sizing;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.fill.ProtectiveExit;
import id.nusatrade.trading.fill.Side;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** One run's state and its bar loop (single-threaded, used once). */
final class Simulation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final int ENTER_LONG = 1;
  static final int EXIT_LONG = 2;
  static final int ENTER_SHORT = 4;
  static final int EXIT_SHORT = 8;
  private final CompiledStrategy strategy;
  private final BarSeries bars;
  private final FillModel fills;
  private final ProtectiveExit protective;
  private final FillMode mode;
  private final BigDecimal initialEquity;
  private final Position position = new Position();
  private final List<Trade> trades = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final double[] equity;
  private final byte[] signals;
  private BigDecimal cash;
  private double cashValue;
  private int exposedBars;
  private ExitReason pendingExit;
  private Side pendingEntry;
  private int pendingSignalBar;

  Simulation(
      CompiledStrategy strategy,
      BarSeries bars,
      FillModel fills,
      FillMode mode,
      BigDecimal initialEquity) {
    this.strategy = strategy;
    this.bars = bars;
    this.fills = fills;
    this.protective = new ProtectiveExit(fills);
    this.mode = mode;
    this.initialEquity = initialEquity;
    this.cash = initialEquity;
    this.cashValue = initialEquity.doubleValue();
    this.equity = new double[bars.size()];
    this.signals = new byte[bars.size()];
  }

  BacktestResult run(IntConsumer progress) {
    int n = bars.size();
    double[] open = bars.open();
    for (int i = 0; i < n; i++) {
      if (pendingExit != null) {
        exit(i, fills.market(position.side.opposite(), open[i]), pendingExit);
        pendingExit = null;
      }
      if (pendingEntry != null) {
        enter(pendingEntry, i, open[i], true, pendingSignalBar);
        pendingEntry = null;
      }
      if (position.open() && (position.entryBar < i || position.enteredAtOpen)) {
        insideBar(i);
      }
      if (i < n - 1) {
        decide(i);
      } else if (position.open()) {
        exit(i, fills.market(position.side.opposite(), bars.close()[i]), ExitReason.END_OF_DATA);
      }
      mark(i);
      progress.accept(i);
    }
    return new BacktestResult(
        bars,
        List.copyOf(trades),
        List.copyOf(decisions),
        signals,
        equity,
        exposedBars,
        initialEquity,
        cash);
  }

  /** Every rule evaluated on bar i's close, as bits (whether or not a position lets it act). */
  private int signals(int i) {
    CompiledStrategy s = strategy;
    return (s.entryLong() != null && s.entryLong().at(i) ? ENTER_LONG : 0)
        | (s.exitLong() != null && s.exitLong().at(i) ? EXIT_LONG : 0)
        | (s.entryShort() != null && s.entryShort().at(i) ? ENTER_SHORT : 0)
        | (s.exitShort() != null && s.exitShort().at(i) ? EXIT_SHORT : 0);
  }

  /** Stop-loss, trailing stop and take-profit against bar i's range (conservative order). */
  private void insideBar(int i) {
    double o = bars.open()[i];
    double h = bars.high()[i];
    double l = bars.low()[i];
    double trail = position.trailLevel();
    double stop = position.stopLoss;
    boolean trailTighter =
        !Double.isNaN(trail)
            && (Double.isNaN(stop) || (position.side == Side.BUY ? trail > stop : trail < stop));
    ProtectiveExit.Exit hit =
        protective.check(position.side, trailTighter ? trail : stop, position.takeProfit, o, h, l);
    if (hit != null) {
      boolean profit = hit.reason() == ProtectiveExit.Reason.TAKE_PROFIT;
      ExitReason reason =
          profit
              ? ExitReason.TAKE_PROFIT
              : trailTighter ? ExitReason.TRAILING_STOP : ExitReason.STOP_LOSS;
      decisions.add(new Decision(i, bars.time()[i], Action.valueOf(reason.name())));
      exit(i, hit.price(), reason);
    } else if (!Double.isNaN(position.trailDistance)) {
      position.trail(h, l);
    }
  }

  /** The strategy's decision on bar i's close. */
  private void decide(int i) {
    int mask = signals(i);
    signals[i] = (byte) mask;
    ExitReason exit = null;
    if (position.open()) {
      int exitBit = position.side == Side.BUY ? EXIT_LONG : EXIT_SHORT;
      if ((mask & exitBit) != 0) {
        exit = ExitReason.SIGNAL;
      } else if (strategy.timeExitBars() > 0 && position.barsHeld(i) >= strategy.timeExitBars()) {
        exit = ExitReason.TIME_EXIT;
      }
    }
    boolean goLong = (mask & ENTER_LONG) != 0;
    boolean goShort = (mask & ENTER_SHORT) != 0;
    Side entry = goLong == goShort ? null : goLong ? Side.BUY : Side.SELL;
    Side after = exit != null ? null : position.side;
    if (entry != null && entry == after) {
      entry = null;
    } else if (entry != null && after != null) {
      exit = ExitReason.REVERSE;
    }
    long time = bars.time()[i];
    if (exit != null) {
      decisions.add(
          new Decision(
              i, time, exit == ExitReason.TIME_EXIT ? Action.TIME_EXIT : Action.EXIT_SIGNAL));
    }
    if (entry != null) {
      decisions.add(
          new Decision(i, time, entry == Side.BUY ? Action.ENTER_LONG : Action.ENTER_SHORT));
    }
    if (mode == FillMode.CLOSE) {
      double close = bars.close()[i];
      if (exit != null) {
        exit(i, fills.market(position.side.opposite(), close), exit);
      }
      if (entry != null) {
        enter(entry, i, close, false, i);
      }
    } else {
      pendingExit = exit;
      pendingEntry = entry;
      pendingSignalBar = i;
    }
  }

  private void enter(Side side, int bar, double reference, boolean atOpen, int signalBar) {
    double price = fills.market(side, reference);
    double stopDistance = distance(strategy.stopLoss(), signalBar, price);
    BigDecimal quantity = quantity(price, stopDistance);
    if (quantity.signum() <= 0) {
      decisions.add(new Decision(bar, bars.time()[bar], Action.SKIPPED_ZERO_SIZE));
      return;
    }
    Position p = position;
    p.side = side;
    p.entryPrice = price;
    p.quantity = quantity;
    p.quantityValue = quantity.doubleValue();
    p.entryBar = bar;
    p.enteredAtOpen = atOpen;
    p.entryCommission = fills.commission(price, quantity);
    cash = cash.subtract(p.entryCommission);
    cashValue = cash.doubleValue();
    p.stopLoss = price - side.sign() * stopDistance;
    p.takeProfit = price + side.sign() * distance(strategy.takeProfit(), signalBar, price);
    p.trailDistance = distance(strategy.trailingStop(), signalBar, price);
    p.trailExtreme = reference;
  }

  private static double distance(CompiledStrategy.Level level, int signalBar, double price) {
    return level == null ? Double.NaN : level.distance(signalBar, price);
  }

  private BigDecimal quantity(double price, double stopDistance) {
    Sizing size = strategy.size();
    BigDecimal raw =
        switch (size.kind()) {
          case UNITS -> size.value();
          case RISK_PERCENT -> {
            if (!(stopDistance > 0)) {
              yield BigDecimal.ZERO;
            }
            yield budget(size).divide(BigDecimal.valueOf(stopDistance), MathContext.DECIMAL64);
          }
          case EQUITY_PERCENT ->
              budget(size).divide(BigDecimal.valueOf(price), MathContext.DECIMAL64);
        };
    BigDecimal steps = raw.divide(size.step(), 0, RoundingMode.DOWN);
    return steps.multiply(size.step());
  }

  private BigDecimal budget(Sizing size) {
    return cash.multiply(size.value()).divide(HUNDRED, MathContext.DECIMAL64);
  }

  private void exit(int bar, double price, ExitReason reason) {
    Position p = position;
    BigDecimal gross =
        BigDecimal.valueOf(price)
            .subtract(BigDecimal.valueOf(p.entryPrice))
            .multiply(p.quantity)
            .multiply(BigDecimal.valueOf(p.side.sign()));
    BigDecimal commission = fills.commission(price, p.quantity);
    cash = cash.add(gross).subtract(commission);
    cashValue = cash.doubleValue();
    BigDecimal pnl = gross.subtract(p.entryCommission).subtract(commission);
    long[] time = bars.time();
    trades.add(
        new Trade(
            p.side,
            time[p.entryBar],
            p.entryPrice,
            time[bar],
            price,
            p.quantity,
            pnl,
            p.entryBar,
            bar,
            reason));
    p.clear();
  }

  private void mark(int i) {
    double value = cashValue;
    if (position.open()) {
      double close = bars.close()[i];
      double mark = position.side == Side.BUY ? close : close + fills.costs().spread();
      value += position.side.sign() * (mark - position.entryPrice) * position.quantityValue;
      exposedBars++;
    }
    equity[i] = value;
  }
}
