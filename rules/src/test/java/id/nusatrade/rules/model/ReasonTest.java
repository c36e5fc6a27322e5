package id.nusatrade.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReasonTest {
  /** The rule the hand-written check implements, as a regular expression (the reference). */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  @Test
  void theCodeCheckAgreesWithTheRegularExpression() {
    List<String> codes =
        List.of(
            "MAX_DAILY_LOSS",
            "A1",
            "AB",
            "A",
            "",
            "a_B",
            "_AB",
            "1AB",
            "AB-C",
            "AB C",
            "ÄB",
            "A_" + "X".repeat(61),
            "A_" + "X".repeat(62),
            "A_" + "X".repeat(63),
            "COOL_DOWN",
            "Z9_",
            "Z9z");
    for (String code : codes) {
      assertThat(Reason.isCode(code)).as(code).isEqualTo(CODE.matcher(code).matches());
    }
  }

  @Test
  void aBadCodeIsRefusedWithTheCodeNamed() {
    assertThatThrownBy(() -> new Reason("max_loss", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max_loss");
    assertThat(new Reason("MAX_LOSS", null).message()).isEmpty();
  }
}
