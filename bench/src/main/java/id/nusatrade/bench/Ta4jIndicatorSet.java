package id.nusatrade.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.CCIIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.WilliamsRIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.PreviousValueIndicator;
import org.ta4j.core.indicators.numeric.BinaryOperationIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.volume.MoneyFlowIndexIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;

/**
 * The gateway's indicator set in ta4j 0.22.2 (DoubleNum, its fastest number type), on a series
 * bounded to the last 1000 bars as a streaming consumer would keep it.
 */
final class Ta4jIndicatorSet {
  private static final Duration DAY = Duration.ofDays(1);
  private final BarSeries series;
  private final List<Indicator<Num>> outputs;
  private Instant end = Instant.parse("2000-01-01T00:00:00Z");

  Ta4jIndicatorSet() {
    series =
        new BaseBarSeriesBuilder()
            .withName("apple-synthetic")
            .withNumFactory(DoubleNumFactory.getInstance())
            .withMaxBarCount(1000)
            .build();
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    MACDIndicator macd = new MACDIndicator(close, 12, 26);
    BollingerBandsMiddleIndicator middle =
        new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
    StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
    Num two = series.numFactory().two();
    SMAIndicator slowK = new SMAIndicator(new StochasticOscillatorKIndicator(series, 14), 3);
    outputs =
        List.of(
            new SMAIndicator(close, 20),
            new EMAIndicator(close, 20),
            new RSIIndicator(close, 14),
            macd,
            macd.getSignalLine(9),
            macd.getHistogram(9),
            new BollingerBandsUpperIndicator(middle, deviation, two),
            middle,
            new BollingerBandsLowerIndicator(middle, deviation, two),
            new ATRIndicator(series, 14),
            slowK,
            new SMAIndicator(slowK, 3),
            new ADXIndicator(series, 14),
            new CCIIndicator(series, 20),
            new WilliamsRIndicator(series, 14),
            new OnBalanceVolumeIndicator(series),
            new MoneyFlowIndexIndicator(series, 14),
            new ROCIndicator(close, 10),
            BinaryOperationIndicator.difference(close, new PreviousValueIndicator(close, 10)));
  }

  int width() {
    return outputs.size();
  }

  void add(double open, double high, double low, double close, double volume, Blackhole bh) {
    end = end.plus(DAY);
    series
        .barBuilder()
        .timePeriod(DAY)
        .endTime(end)
        .openPrice(open)
        .highPrice(high)
        .lowPrice(low)
        .closePrice(close)
        .volume(volume)
        .add();
    int last = series.getEndIndex();
    for (Indicator<Num> indicator : outputs) {
      bh.consume(indicator.getValue(last));
    }
  }
}
