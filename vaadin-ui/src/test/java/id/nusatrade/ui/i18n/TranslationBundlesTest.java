package id.nusatrade.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void both_languages_translate_the_same_keys() throws IOException {
    assertThat(load("translations_en.properties").stringPropertyNames())
        .isEqualTo(load("translations_id.properties").stringPropertyNames());
  }

  @Test
  void unsupported_browser_language_falls_back_to_indonesian_not_the_server_default() {
    var provider = new BundleTranslationProvider();
    assertThat(provider.getTranslation("nav.rules", Locale.JAPANESE)).isEqualTo("Aturan");
    assertThat(provider.getTranslation("nav.rules", Locale.UK)).isEqualTo("Rules");
  }

  @Test
  void a_missing_key_is_visible_on_screen() {
    assertThat(new BundleTranslationProvider().getTranslation("no.such.key", Locale.ENGLISH))
        .isEqualTo("!no.such.key!");
  }
}
