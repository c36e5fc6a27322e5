package id.nusatrade.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationSignatureTest {
  private static final NotificationSignature SIGNATURE =
      new NotificationSignature(new ServerKey("SB-Mid-server-TEST-KEY"));

  // expected digests from coreutils: printf '%s' "order-10120010000.00SB-Mid-server-TEST-KEY" |
  // sha512sum
  private static final String SETTLED_200 =
      "94d37c4c4a4987d9a1d38a68161c7162ccdfc1fe9482bf36ea7923e5d800cd64941649b7dcb9bc0347763a7ba037388771ca166535b67cc4b34d97d901266b0e";
  private static final String PENDING_201 =
      "41264e02bf9326eba60e182db5bfcd2117de9e15cc5dd955c6debfbd3e58bd71e75237cac1391c7cbd64eec28c6f58fd027b0273e1f0f0398d68df6a9d089f2e";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "valid settlement,                           order-101, 200, 10000.00, SETTLED, true",
    "valid pending,                              order-101, 201, 10000.00, PENDING, true",
    "amount tampered to 10000 (same rupiah),     order-101, 200, 10000,    SETTLED, false",
    "amount tampered to 1000.00,                 order-101, 200, 1000.00,  SETTLED, false",
    "status code swapped (pending sig on 200),   order-101, 200, 10000.00, PENDING, false",
    "other order id,                             order-102, 200, 10000.00, SETTLED, false",
    "upper-case hex,                             order-101, 200, 10000.00, SETTLED_UPPER, false",
    "truncated signature,                        order-101, 200, 10000.00, SHORT,   false",
    "missing signature,                          order-101, 200, 10000.00, NONE,    false",
  })
  void verifiesTheMidtransSignatureOverTheFieldsAsSent(
      String name, String order, String code, String gross, String which, boolean valid) {
    String signature =
        switch (which) {
          case "SETTLED" -> SETTLED_200;
          case "PENDING" -> PENDING_201;
          case "SETTLED_UPPER" -> SETTLED_200.toUpperCase();
          case "SHORT" -> SETTLED_200.substring(0, 64);
          default -> null;
        };
    Notification n = new Notification(order, code, gross, signature, "settlement", null, "t");
    assertThat(SIGNATURE.verify(n)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "wrong key {0}")
  @CsvSource({"SB-Mid-server-OTHER", "'SB-Mid-server-TEST-KEY '", "sb-mid-server-test-key"})
  void aSignatureMadeWithAnotherKeyFails(String key) {
    Notification n =
        new Notification("order-101", "200", "10000.00", SETTLED_200, "settlement", null, "t");
    assertThat(new NotificationSignature(new ServerKey(key)).verify(n)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void signsLikeCoreutils() {
    assertThat(SIGNATURE.sign("order-101", "200", "10000.00")).isEqualTo(SETTLED_200);
  }

  @org.junit.jupiter.api.Test
  void theServerKeyNeverPrints() {
    assertThat(new ServerKey("SB-Mid-server-TEST-KEY").toString()).doesNotContain("TEST-KEY");
  }
}
