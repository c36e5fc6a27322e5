package id.nusatrade.billing.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {
  private static final String SECRET = "A".repeat(43);
  private static final String KEY = "ntk_abcdefgh2345_" + SECRET;
  // `printf '%s' AAAA...(43 A) | sha256sum`
  private static final String SHA256_OF_SECRET =
      "0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a";

  @Test
  void theStoredHashIsSha256OfTheSecretPart() {
    ApiKeySecret key = ApiKeySecret.parse(KEY).orElseThrow();

    assertThat(key.id()).isEqualTo("abcdefgh2345");
    assertThat(HexFormat.of().formatHex(key.hash())).isEqualTo(SHA256_OF_SECRET);
    assertThat(key.matches(HexFormat.of().parseHex(SHA256_OF_SECRET))).isTrue();
  }

  @Test
  void aSecretDifferingInOneCharacterDoesNotMatch() {
    byte[] stored = ApiKeySecret.parse(KEY).orElseThrow().hash();
    String tampered = KEY.substring(0, KEY.length() - 1) + "B";

    assertThat(ApiKeySecret.parse(tampered).orElseThrow().matches(stored)).isFalse();
  }

  @Test
  void generatedKeysAreWellFormedDistinctAndNeverPrintTheirSecret() {
    SecureRandom random = new SecureRandom();
    ApiKeySecret one = ApiKeySecret.generate(random);
    ApiKeySecret two = ApiKeySecret.generate(random);

    assertThat(one.reveal()).matches("ntk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}");
    assertThat(ApiKeySecret.parse(one.reveal()).orElseThrow().matches(one.hash())).isTrue();
    assertThat(one.id()).isNotEqualTo(two.id());
    assertThat(one.reveal()).isNotEqualTo(two.reveal());
    assertThat(one.toString()).isEqualTo("ntk_" + one.id() + "_***");
  }

  @Test
  void rotationKeepsTheIdAndChangesTheSecret() {
    SecureRandom random = new SecureRandom();
    ApiKeySecret first = ApiKeySecret.generate(random);
    ApiKeySecret rotated = ApiKeySecret.rotate(first.id(), random);

    assertThat(rotated.id()).isEqualTo(first.id());
    assertThat(rotated.matches(first.hash())).isFalse();
  }

  @Test
  void textNotShapedLikeAKeyIsRefused() {
    assertThat(ApiKeySecret.parse(null)).isEmpty();
    assertThat(ApiKeySecret.parse("")).isEmpty();
    assertThat(ApiKeySecret.parse("ntk_ABCDEFGH2345_" + SECRET)).isEmpty();
    assertThat(ApiKeySecret.parse("ntk_abcdefgh2345_" + SECRET + "A")).isEmpty();
    assertThat(ApiKeySecret.parse("xyz_abcdefgh2345_" + SECRET)).isEmpty();
  }
}
