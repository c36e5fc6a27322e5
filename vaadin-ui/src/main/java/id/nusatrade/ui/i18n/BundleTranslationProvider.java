package id.nusatrade.ui.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Vaadin's translation source: {@code translations_<lang>.properties} on the class path. A missing
 * key shows as {@code !key!} so an untranslated label is visible on screen instead of blank.
 */
@ApplicationScoped
@VaadinServiceEnabled // vaadin-cdi only takes service beans (I18NProvider etc.) with this qualifier
public class BundleTranslationProvider implements I18NProvider {
  static final String BUNDLE = "translations";

  @Override
  public List<Locale> getProvidedLocales() {
    return Languages.ALL;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale supported = Languages.closest(locale);
    try {
      String pattern = bundle(supported).getString(key);
      return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
    } catch (MissingResourceException missing) {
      return "!" + key + "!";
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    // No fallback to the JVM's default locale: a server in en_US must still default to Indonesian.
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(locale.getLanguage()),
        BundleTranslationProvider.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
