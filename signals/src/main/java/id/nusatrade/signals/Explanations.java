package id.nusatrade.signals;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contribution in plain words for the trader who receives the signal, in English or Bahasa
 * Indonesia: "RSI 14 at 28.5 pushed towards BUY" / "RSI 14 di 28,5 mendorong ke arah BELI". Feature
 * names are those {@link id.nusatrade.signals.features.FeaturePipeline} builds; an unknown one is
 * shown as it is.
 */
public final class Explanations {
  private static final Pattern CROSS =
      Pattern.compile("(cross|above)_([a-z]+_[0-9]+)_([a-z]+_[0-9]+)");

  private Explanations() {}

  /**
   * One sentence for {@code c}; Indonesian when {@code locale}'s language is {@code id}/{@code in}.
   */
  public static String sentence(Contribution c, Locale locale) {
    boolean id = indonesian(locale);
    String towards =
        c.logOdds() > 0 ? (id ? "BELI" : "BUY") : c.logOdds() < 0 ? (id ? "JUAL" : "SELL") : null;
    String value =
        String.format(
            id ? Locale.forLanguageTag("id-ID") : Locale.ENGLISH, "%.4g", c.featureValue());
    String subject = name(c.feature(), id) + (id ? " di " : " at ") + value;
    if (towards == null) {
      return subject + (id ? " tidak berpengaruh" : " had no effect");
    }
    return subject + (id ? " mendorong ke arah " : " pushed towards ") + towards;
  }

  /** The feature's readable name. */
  public static String name(String feature, Locale locale) {
    return name(feature, indonesian(locale));
  }

  private static boolean indonesian(Locale locale) {
    return locale != null
        && (locale.getLanguage().equals("id") || locale.getLanguage().equals("in"));
  }

  private static String name(String f, boolean id) {
    String[] parts = f.split("_");
    String n = parts.length > 1 ? parts[parts.length - 1] : "";
    if (f.startsWith("ret_")) {
      return id ? "imbal hasil " + n + " bar" : "return over " + n + " bars";
    }
    if (f.startsWith("volz_")) {
      return id ? "volume tidak biasa (" + n + " bar)" : "unusual volume (" + n + " bars)";
    }
    if (f.startsWith("vol_")) {
      return id ? "volatilitas " + n + " bar" : "volatility over " + n + " bars";
    }
    if (f.equals("range")) {
      return id ? "rentang bar" : "bar range";
    }
    if (f.equals("body")) {
      return id ? "badan candle" : "candle body";
    }
    if (f.startsWith("tod_")) {
      return id ? "jam perdagangan" : "time of day";
    }
    if (f.startsWith("dow_")) {
      return id ? "hari dalam minggu" : "day of week";
    }
    if (f.startsWith("dist_bbands_")) {
      String band = parts[2];
      String bandId = band.equals("upper") ? "atas" : band.equals("lower") ? "bawah" : "tengah";
      return id
          ? "jarak harga dari pita Bollinger " + bandId
          : "price distance from the " + band + " Bollinger band";
    }
    if (f.startsWith("dist_")) {
      String ind = indicator(f.substring(5));
      return id ? "jarak harga dari " + ind : "price distance from " + ind;
    }
    if (f.startsWith("norm_")) {
      String ind = indicator(f.substring(5));
      return id ? ind + " relatif terhadap harga" : ind + " relative to price";
    }
    Matcher cross = CROSS.matcher(f);
    if (cross.matches()) {
      String a = indicator(cross.group(2));
      String b = indicator(cross.group(3));
      if (cross.group(1).equals("cross")) {
        return id ? a + " memotong " + b : a + " crossing " + b;
      }
      return id ? a + " di atas " + b : a + " above " + b;
    }
    if (f.matches("[a-z]+(_[a-z]+)*(_[0-9]+)+")) {
      return indicator(f);
    }
    return f.replace('_', ' ');
  }

  /** {@code rsi_14} → {@code RSI 14}, {@code macd_hist_12_26_9} → {@code MACD hist 12/26/9}. */
  private static String indicator(String token) {
    String[] parts = token.split("_");
    StringBuilder words = new StringBuilder();
    StringBuilder numbers = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty() && Character.isDigit(p.charAt(0))) {
        numbers.append(numbers.isEmpty() ? "" : "/").append(p);
      } else if (words.isEmpty()) {
        words.append(p.equals("willr") ? "Williams %R" : p.toUpperCase(Locale.ROOT));
      } else {
        words.append(' ').append(p);
      }
    }
    return numbers.isEmpty() ? words.toString() : words + " " + numbers;
  }
}
