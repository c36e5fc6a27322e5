package id.nusatrade.backtest.strategy;

/**
 * The parsed expression language of a strategy file. A numeric expression ({@link Num}) is a
 * series: a value per bar index, {@code NaN} where undefined (indicator warm-up, before the first
 * bar). A condition ({@link Cond}) is true or false per bar; anything compared with {@code NaN} is
 * false, so no signal fires during warm-up.
 */
public final class Expr {
  /**
   * Values closer than this (relative) compare as equal: indicators keep running sums in binary
   * floating point, and its last-digit noise must not decide a signal where exact arithmetic sees a
   * tie (prices are decimals; real differences are many orders of magnitude larger).
   */
  public static final double TIE = 1e-10;

  private Expr() {}

  /** {@code a > b} beyond rounding noise; false when either is NaN. */
  static boolean gt(double a, double b) {
    return a - b > TIE * Math.max(Math.abs(a), Math.abs(b));
  }

  /** {@code a >= b} up to rounding noise; false when either is NaN. */
  static boolean ge(double a, double b) {
    return a - b >= -TIE * Math.max(Math.abs(a), Math.abs(b));
  }

  /** A numeric series, bound to a run's columns before evaluation. */
  public sealed interface Num permits Constant, SeriesRef, Arithmetic, Negate {
    NumEval bind(Columns columns);
  }

  /** A condition, bound to a run's columns before evaluation. */
  public sealed interface Cond permits Compare, Cross, And, Or, Not {
    CondEval bind(Columns columns);
  }

  /** A bound numeric series. */
  @FunctionalInterface
  public interface NumEval {
    double at(int bar);
  }

  /** A bound condition. */
  @FunctionalInterface
  public interface CondEval {
    boolean at(int bar);
  }

  /** A number literal. */
  public record Constant(double value) implements Num {
    @Override
    public NumEval bind(Columns columns) {
      double v = value;
      return bar -> v;
    }
  }

  /**
   * A price or indicator output, {@code offset} bars back ({@code close[1]} is the previous close;
   * a negative offset reads the future and exists so the look-ahead check can be shown to catch
   * it).
   */
  public record SeriesRef(Series series, int offset) implements Num {
    @Override
    public NumEval bind(Columns columns) {
      double[] data = columns.column(series);
      int n = data.length;
      int off = offset;
      if (off == 0) {
        return bar -> data[bar];
      }
      return bar -> {
        int k = bar - off;
        return k < 0 || k >= n ? Double.NaN : data[k];
      };
    }
  }

  /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}. */
  public record Arithmetic(char op, Num a, Num b) implements Num {
    @Override
    public NumEval bind(Columns columns) {
      NumEval x = a.bind(columns);
      NumEval y = b.bind(columns);
      return switch (op) {
        case '+' -> bar -> x.at(bar) + y.at(bar);
        case '-' -> bar -> x.at(bar) - y.at(bar);
        case '*' -> bar -> x.at(bar) * y.at(bar);
        case '/' -> bar -> x.at(bar) / y.at(bar);
        default -> throw new IllegalStateException("operator " + op);
      };
    }
  }

  /** {@code -a}. */
  public record Negate(Num a) implements Num {
    @Override
    public NumEval bind(Columns columns) {
      NumEval x = a.bind(columns);
      return bar -> -x.at(bar);
    }
  }

  /** {@code a > b}, {@code a < b}, {@code a >= b}, {@code a <= b}; false when either is NaN. */
  public record Compare(String op, Num a, Num b) implements Cond {
    @Override
    public CondEval bind(Columns columns) {
      NumEval x = a.bind(columns);
      NumEval y = b.bind(columns);
      return switch (op) {
        case ">" -> bar -> gt(x.at(bar), y.at(bar));
        case "<" -> bar -> gt(y.at(bar), x.at(bar));
        case ">=" -> bar -> ge(x.at(bar), y.at(bar));
        case "<=" -> bar -> ge(y.at(bar), x.at(bar));
        default -> throw new IllegalStateException("operator " + op);
      };
    }
  }

  /**
   * {@code a crosses_above b} at bar i: {@code a[i-1] <= b[i-1] and a[i] > b[i]}; {@code
   * crosses_below}: {@code a[i-1] >= b[i-1] and a[i] < b[i]}. All four values must be defined, so
   * the first possible cross is one bar after both series are out of warm-up.
   */
  public record Cross(boolean above, Num a, Num b) implements Cond {
    @Override
    public CondEval bind(Columns columns) {
      NumEval x = a.bind(columns);
      NumEval y = b.bind(columns);
      if (above) {
        return bar -> bar > 0 && ge(y.at(bar - 1), x.at(bar - 1)) && gt(x.at(bar), y.at(bar));
      }
      return bar -> bar > 0 && ge(x.at(bar - 1), y.at(bar - 1)) && gt(y.at(bar), x.at(bar));
    }
  }

  /** {@code a and b}. */
  public record And(Cond a, Cond b) implements Cond {
    @Override
    public CondEval bind(Columns columns) {
      CondEval x = a.bind(columns);
      CondEval y = b.bind(columns);
      return bar -> x.at(bar) && y.at(bar);
    }
  }

  /** {@code a or b}. */
  public record Or(Cond a, Cond b) implements Cond {
    @Override
    public CondEval bind(Columns columns) {
      CondEval x = a.bind(columns);
      CondEval y = b.bind(columns);
      return bar -> x.at(bar) || y.at(bar);
    }
  }

  /** {@code not a}. */
  public record Not(Cond a) implements Cond {
    @Override
    public CondEval bind(Columns columns) {
      CondEval x = a.bind(columns);
      return bar -> !x.at(bar);
    }
  }
}
