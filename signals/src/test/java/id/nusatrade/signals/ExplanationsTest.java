package id.nusatrade.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationsTest {
  private static final Locale ID = Locale.forLanguageTag("id-ID");

  @Test
  void aContributionReadsAsASentenceInEnglishAndIndonesian() {
    Contribution rsi = new Contribution("rsi_14", 28.5, 0.31);
    assertEquals("RSI 14 at 28.50 pushed towards BUY", Explanations.sentence(rsi, Locale.ENGLISH));
    assertEquals("RSI 14 di 28,50 mendorong ke arah BELI", Explanations.sentence(rsi, ID));
    Contribution sma = new Contribution("dist_sma_50", -0.0123, -0.2);
    assertEquals(
        "price distance from SMA 50 at -0.01230 pushed towards SELL",
        Explanations.sentence(sma, Locale.ENGLISH));
    assertEquals(
        "jarak harga dari SMA 50 di -0,01230 mendorong ke arah JUAL",
        Explanations.sentence(sma, ID));
  }

  @Test
  void everyDefaultFeatureHasAReadableName() {
    assertEquals("return over 5 bars", Explanations.name("ret_5", Locale.ENGLISH));
    assertEquals("imbal hasil 5 bar", Explanations.name("ret_5", ID));
    assertEquals("SMA 10 above SMA 30", Explanations.name("above_sma_10_sma_30", Locale.ENGLISH));
    assertEquals("SMA 10 memotong SMA 30", Explanations.name("cross_sma_10_sma_30", ID));
    assertEquals(
        "MACD hist 12/26/9 relative to price",
        Explanations.name("norm_macd_hist_12_26_9", Locale.ENGLISH));
    assertEquals(
        "price distance from the upper Bollinger band",
        Explanations.name("dist_bbands_upper_20_2", Locale.ENGLISH));
    assertEquals("Williams %R 14", Explanations.name("willr_14", Locale.ENGLISH));
    assertEquals("time of day", Explanations.name("tod_sin_UTC", Locale.ENGLISH));
    assertEquals("unusual volume (20 bars)", Explanations.name("volz_20", Locale.ENGLISH));
    assertEquals("something new", Explanations.name("something_new", Locale.ENGLISH));
  }
}
