package id.nusatrade.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The language chosen in this browser session. Kept as a session attribute (not the browser's
 * Accept-Language) so Indonesian is the default and a choice survives a page reload.
 */
public final class LanguageSelection {
  private static final String KEY = LanguageSelection.class.getName();

  private LanguageSelection() {}

  public static Locale of(VaadinSession session) {
    if (session != null && session.getAttribute(KEY) instanceof Locale chosen) {
      return chosen;
    }
    return Languages.INDONESIAN;
  }

  /** Remembers the choice and switches every open UI of the session (labels update in place). */
  public static void choose(UI ui, Locale wanted) {
    Locale locale = Languages.closest(wanted);
    VaadinSession session = ui.getSession();
    session.setAttribute(KEY, locale);
    session.getUIs().forEach(open -> open.setLocale(locale));
  }
}
