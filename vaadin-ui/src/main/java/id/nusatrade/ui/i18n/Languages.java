package id.nusatrade.ui.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the UI speaks, default first. */
public final class Languages {
  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  public static final Locale ENGLISH = Locale.forLanguageTag("en-US");
  public static final List<Locale> ALL = List.of(INDONESIAN, ENGLISH);

  private Languages() {}

  /** The supported locale with the same language, or Indonesian. */
  public static Locale closest(Locale wanted) {
    if (wanted == null) {
      return INDONESIAN;
    }
    return ALL.stream()
        .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
        .findFirst()
        .orElse(INDONESIAN);
  }
}
