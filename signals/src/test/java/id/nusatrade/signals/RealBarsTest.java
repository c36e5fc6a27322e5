package id.nusatrade.signals;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.indicators.cli.BadInputException;
import id.nusatrade.market.bars.BarSeries;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Writes the shipped real data as bar CSVs (target/real-data) and proves they read back as valid
 * bars; docs/models.md trains on these files.
 */
class RealBarsTest {
  @Test
  void appleHasTheTradingDaysOf2013() throws IOException, BadInputException {
    BarSeries s = BarSeries.read(RealBars.apple());
    assertThat(s.size()).isEqualTo(252);
    assertThat(s.close()[0]).isEqualTo(549.03);
  }

  @Test
  void bitstampTradesBecomeMinuteBars() throws IOException, BadInputException {
    BarSeries s = BarSeries.read(RealBars.bitstampMinutes());
    assertThat(s.size()).isBetween(5_000, 9_700);
    assertThat(s.open()[0]).isEqualTo(800.01);
    assertThat(s.time()[0]).isEqualTo(1_385_337_600_000L);
  }

  @Test
  void ethHasItsFiveMinuteBars() throws IOException, BadInputException {
    BarSeries s = BarSeries.read(RealBars.ethFiveMinutes());
    assertThat(s.size()).isEqualTo(580);
    assertThat(s.time()[1] - s.time()[0]).isEqualTo(300_000);
  }
}
