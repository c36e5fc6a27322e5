package id.nusatrade.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingKeyTest {
  @Test
  void a_configured_value_wins_trimmed() {
    assertThat(PlatformSetting.ARTEMIS_URL.from(Map.of("ARTEMIS_URL", " tcp://bus:61617 ")::get))
        .isEqualTo("tcp://bus:61617");
  }

  @Test
  void missing_or_blank_means_the_default() {
    assertThat(PlatformSetting.ARTEMIS_URL.from(Map.<String, String>of()::get))
        .isEqualTo("tcp://127.0.0.1:61616");
    assertThat(PlatformSetting.OIDC_WEB_CLIENT_ID.from(Map.of("OIDC_WEB_CLIENT_ID", "  ")::get))
        .isEqualTo("nusatrade-web");
  }

  @Test
  void every_platform_setting_says_what_it_is() {
    for (PlatformSetting s : PlatformSetting.values()) {
      assertThat(s.envName()).matches("[A-Z][A-Z0-9_]+");
      assertThat(s.description()).isNotBlank();
    }
  }
}
