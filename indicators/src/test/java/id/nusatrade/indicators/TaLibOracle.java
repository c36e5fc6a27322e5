package id.nusatrade.indicators;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * TA-Lib's Java port (com.tictactec:ta-lib 0.4.0) called over a whole series, outputs aligned to
 * bar indexes ({@code NaN} before TA-Lib's first output). Keys are our spec tokens.
 */
final class TaLibOracle {
  private static final Core CORE = new Core();

  @FunctionalInterface
  interface Call {
    RetCode run(int end, MInteger beg, MInteger nb, double[][] out);
  }

  static final Map<String, Function<Bars, double[][]>> CASES = new LinkedHashMap<>();

  private TaLibOracle() {}

  private static void add(String token, int outputs, Function<Bars, Call> call) {
    CASES.put(token, b -> align(b.size(), outputs, call.apply(b)));
  }

  static double[][] align(int n, int outputs, Call call) {
    MInteger beg = new MInteger();
    MInteger nb = new MInteger();
    double[][] raw = new double[outputs][n];
    RetCode rc = call.run(n - 1, beg, nb, raw);
    if (rc != RetCode.Success) {
      throw new IllegalStateException("TA-Lib returned " + rc);
    }
    double[][] aligned = new double[outputs][n];
    for (int o = 0; o < outputs; o++) {
      Arrays.fill(aligned[o], Double.NaN);
      System.arraycopy(raw[o], 0, aligned[o], beg.value, nb.value);
    }
    return aligned;
  }

  static {
    averages();
    momentum();
    trend();
    volatility();
    volumeAndPrice();
  }

  private static void averages() {
    add("sma:20", 1, b -> (e, s, n, o) -> CORE.sma(0, e, b.close(), 20, s, n, o[0]));
    add("sma:2", 1, b -> (e, s, n, o) -> CORE.sma(0, e, b.close(), 2, s, n, o[0]));
    add("ema:20", 1, b -> (e, s, n, o) -> CORE.ema(0, e, b.close(), 20, s, n, o[0]));
    add("ema:5", 1, b -> (e, s, n, o) -> CORE.ema(0, e, b.close(), 5, s, n, o[0]));
    add("wma:20", 1, b -> (e, s, n, o) -> CORE.wma(0, e, b.close(), 20, s, n, o[0]));
    add("dema:10", 1, b -> (e, s, n, o) -> CORE.dema(0, e, b.close(), 10, s, n, o[0]));
    add("tema:10", 1, b -> (e, s, n, o) -> CORE.tema(0, e, b.close(), 10, s, n, o[0]));
    add("trima:10", 1, b -> (e, s, n, o) -> CORE.trima(0, e, b.close(), 10, s, n, o[0]));
    add("trima:9", 1, b -> (e, s, n, o) -> CORE.trima(0, e, b.close(), 9, s, n, o[0]));
    add("kama:10", 1, b -> (e, s, n, o) -> CORE.kama(0, e, b.close(), 10, s, n, o[0]));
    add("kama:30", 1, b -> (e, s, n, o) -> CORE.kama(0, e, b.close(), 30, s, n, o[0]));
    add("t3:5:0.7", 1, b -> (e, s, n, o) -> CORE.t3(0, e, b.close(), 5, 0.7, s, n, o[0]));
    add("t3:8:0.5", 1, b -> (e, s, n, o) -> CORE.t3(0, e, b.close(), 8, 0.5, s, n, o[0]));
  }

  private static void momentum() {
    add("rsi:14", 1, b -> (e, s, n, o) -> CORE.rsi(0, e, b.close(), 14, s, n, o[0]));
    add("rsi:2", 1, b -> (e, s, n, o) -> CORE.rsi(0, e, b.close(), 2, s, n, o[0]));
    add("cmo:14", 1, b -> (e, s, n, o) -> CORE.cmo(0, e, b.close(), 14, s, n, o[0]));
    add(
        "stoch:14:3:3",
        2,
        b ->
            (e, s, n, o) ->
                CORE.stoch(
                    0,
                    e,
                    b.high(),
                    b.low(),
                    b.close(),
                    14,
                    3,
                    MAType.Sma,
                    3,
                    MAType.Sma,
                    s,
                    n,
                    o[0],
                    o[1]));
    add(
        "stoch:5:1:1",
        2,
        b ->
            (e, s, n, o) ->
                CORE.stoch(
                    0,
                    e,
                    b.high(),
                    b.low(),
                    b.close(),
                    5,
                    1,
                    MAType.Sma,
                    1,
                    MAType.Sma,
                    s,
                    n,
                    o[0],
                    o[1]));
    add(
        "stochf:5:3",
        2,
        b ->
            (e, s, n, o) ->
                CORE.stochF(
                    0, e, b.high(), b.low(), b.close(), 5, 3, MAType.Sma, s, n, o[0], o[1]));
    add(
        "stochrsi:14:5:3",
        2,
        b ->
            (e, s, n, o) -> CORE.stochRsi(0, e, b.close(), 14, 5, 3, MAType.Sma, s, n, o[0], o[1]));
    add(
        "macd:12:26:9",
        3,
        b -> (e, s, n, o) -> CORE.macd(0, e, b.close(), 12, 26, 9, s, n, o[0], o[1], o[2]));
    add(
        "macd:5:35:5",
        3,
        b -> (e, s, n, o) -> CORE.macd(0, e, b.close(), 5, 35, 5, s, n, o[0], o[1], o[2]));
    add(
        "apo:12:26",
        1,
        b -> (e, s, n, o) -> CORE.apo(0, e, b.close(), 12, 26, MAType.Sma, s, n, o[0]));
    add(
        "ppo:12:26",
        1,
        b -> (e, s, n, o) -> CORE.ppo(0, e, b.close(), 12, 26, MAType.Sma, s, n, o[0]));
    add(
        "cci:20",
        1,
        b -> (e, s, n, o) -> CORE.cci(0, e, b.high(), b.low(), b.close(), 20, s, n, o[0]));
    add(
        "willr:14",
        1,
        b -> (e, s, n, o) -> CORE.willR(0, e, b.high(), b.low(), b.close(), 14, s, n, o[0]));
    add("roc:10", 1, b -> (e, s, n, o) -> CORE.roc(0, e, b.close(), 10, s, n, o[0]));
    add("rocp:10", 1, b -> (e, s, n, o) -> CORE.rocP(0, e, b.close(), 10, s, n, o[0]));
    add("rocr:10", 1, b -> (e, s, n, o) -> CORE.rocR(0, e, b.close(), 10, s, n, o[0]));
    add("rocr100:10", 1, b -> (e, s, n, o) -> CORE.rocR100(0, e, b.close(), 10, s, n, o[0]));
    add("mom:10", 1, b -> (e, s, n, o) -> CORE.mom(0, e, b.close(), 10, s, n, o[0]));
    add("trix:15", 1, b -> (e, s, n, o) -> CORE.trix(0, e, b.close(), 15, s, n, o[0]));
    add(
        "aroon:14",
        2,
        b -> (e, s, n, o) -> CORE.aroon(0, e, b.high(), b.low(), 14, s, n, o[0], o[1]));
    add(
        "aroonosc:14",
        1,
        b -> (e, s, n, o) -> CORE.aroonOsc(0, e, b.high(), b.low(), 14, s, n, o[0]));
    add(
        "ultosc:7:14:28",
        1,
        b ->
            (e, s, n, o) -> CORE.ultOsc(0, e, b.high(), b.low(), b.close(), 7, 14, 28, s, n, o[0]));
    add(
        "ultosc:28:5:14",
        1,
        b ->
            (e, s, n, o) -> CORE.ultOsc(0, e, b.high(), b.low(), b.close(), 28, 5, 14, s, n, o[0]));
    add(
        "bop",
        1,
        b -> (e, s, n, o) -> CORE.bop(0, e, b.open(), b.high(), b.low(), b.close(), s, n, o[0]));
  }

  private static void trend() {
    add(
        "adx:14",
        1,
        b -> (e, s, n, o) -> CORE.adx(0, e, b.high(), b.low(), b.close(), 14, s, n, o[0]));
    add(
        "adxr:14",
        1,
        b -> (e, s, n, o) -> CORE.adxr(0, e, b.high(), b.low(), b.close(), 14, s, n, o[0]));
    add(
        "dx:14",
        1,
        b -> (e, s, n, o) -> CORE.dx(0, e, b.high(), b.low(), b.close(), 14, s, n, o[0]));
    add(
        "plus_di:14",
        1,
        b -> (e, s, n, o) -> CORE.plusDI(0, e, b.high(), b.low(), b.close(), 14, s, n, o[0]));
    add(
        "minus_di:14",
        1,
        b -> (e, s, n, o) -> CORE.minusDI(0, e, b.high(), b.low(), b.close(), 14, s, n, o[0]));
    add("plus_dm:14", 1, b -> (e, s, n, o) -> CORE.plusDM(0, e, b.high(), b.low(), 14, s, n, o[0]));
    add(
        "minus_dm:14",
        1,
        b -> (e, s, n, o) -> CORE.minusDM(0, e, b.high(), b.low(), 14, s, n, o[0]));
    add("linearreg:14", 1, b -> (e, s, n, o) -> CORE.linearReg(0, e, b.close(), 14, s, n, o[0]));
    add(
        "linearreg_slope:14",
        1,
        b -> (e, s, n, o) -> CORE.linearRegSlope(0, e, b.close(), 14, s, n, o[0]));
    add(
        "linearreg_intercept:14",
        1,
        b -> (e, s, n, o) -> CORE.linearRegIntercept(0, e, b.close(), 14, s, n, o[0]));
    add(
        "linearreg_angle:14",
        1,
        b -> (e, s, n, o) -> CORE.linearRegAngle(0, e, b.close(), 14, s, n, o[0]));
    add("tsf:14", 1, b -> (e, s, n, o) -> CORE.tsf(0, e, b.close(), 14, s, n, o[0]));
    add(
        "sar:0.02:0.2",
        1,
        b -> (e, s, n, o) -> CORE.sar(0, e, b.high(), b.low(), 0.02, 0.2, s, n, o[0]));
    add(
        "sar:0.05:0.1",
        1,
        b -> (e, s, n, o) -> CORE.sar(0, e, b.high(), b.low(), 0.05, 0.1, s, n, o[0]));
  }

  private static void volatility() {
    add(
        "atr:14",
        1,
        b -> (e, s, n, o) -> CORE.atr(0, e, b.high(), b.low(), b.close(), 14, s, n, o[0]));
    add(
        "natr:14",
        1,
        b -> (e, s, n, o) -> CORE.natr(0, e, b.high(), b.low(), b.close(), 14, s, n, o[0]));
    add(
        "trange",
        1,
        b -> (e, s, n, o) -> CORE.trueRange(0, e, b.high(), b.low(), b.close(), s, n, o[0]));
    add(
        "bbands:20:2",
        3,
        b ->
            (e, s, n, o) ->
                CORE.bbands(0, e, b.close(), 20, 2, 2, MAType.Sma, s, n, o[0], o[1], o[2]));
    add(
        "bbands:5:1",
        3,
        b ->
            (e, s, n, o) ->
                CORE.bbands(0, e, b.close(), 5, 1, 1, MAType.Sma, s, n, o[0], o[1], o[2]));
    add("stddev:20:1", 1, b -> (e, s, n, o) -> CORE.stdDev(0, e, b.close(), 20, 1, s, n, o[0]));
    add("stddev:5:2", 1, b -> (e, s, n, o) -> CORE.stdDev(0, e, b.close(), 5, 2, s, n, o[0]));
    add("var:5", 1, b -> (e, s, n, o) -> CORE.variance(0, e, b.close(), 5, 1, s, n, o[0]));
  }

  private static void volumeAndPrice() {
    add("obv", 1, b -> (e, s, n, o) -> CORE.obv(0, e, b.close(), b.volume(), s, n, o[0]));
    add(
        "ad",
        1,
        b -> (e, s, n, o) -> CORE.ad(0, e, b.high(), b.low(), b.close(), b.volume(), s, n, o[0]));
    add(
        "adosc:3:10",
        1,
        b ->
            (e, s, n, o) ->
                CORE.adOsc(0, e, b.high(), b.low(), b.close(), b.volume(), 3, 10, s, n, o[0]));
    add(
        "mfi:14",
        1,
        b ->
            (e, s, n, o) ->
                CORE.mfi(0, e, b.high(), b.low(), b.close(), b.volume(), 14, s, n, o[0]));
    add(
        "avgprice",
        1,
        b ->
            (e, s, n, o) ->
                CORE.avgPrice(0, e, b.open(), b.high(), b.low(), b.close(), s, n, o[0]));
    add("medprice", 1, b -> (e, s, n, o) -> CORE.medPrice(0, e, b.high(), b.low(), s, n, o[0]));
    add(
        "typprice",
        1,
        b -> (e, s, n, o) -> CORE.typPrice(0, e, b.high(), b.low(), b.close(), s, n, o[0]));
    add(
        "wclprice",
        1,
        b -> (e, s, n, o) -> CORE.wclPrice(0, e, b.high(), b.low(), b.close(), s, n, o[0]));
    add("max:20", 1, b -> (e, s, n, o) -> CORE.max(0, e, b.close(), 20, s, n, o[0]));
    add("min:20", 1, b -> (e, s, n, o) -> CORE.min(0, e, b.close(), 20, s, n, o[0]));
    add("sum:20", 1, b -> (e, s, n, o) -> CORE.sum(0, e, b.close(), 20, s, n, o[0]));
    add("midpoint:14", 1, b -> (e, s, n, o) -> CORE.midPoint(0, e, b.close(), 14, s, n, o[0]));
    add(
        "midprice:14",
        1,
        b -> (e, s, n, o) -> CORE.midPrice(0, e, b.high(), b.low(), 14, s, n, o[0]));
  }
}
