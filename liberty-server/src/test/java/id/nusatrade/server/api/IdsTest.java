package id.nusatrade.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
  @Test
  void acceptsTheCanonicalForm() {
    assertThat(Ids.tenant("22222222-2222-2222-2222-222222222222").value())
        .isEqualTo(new UUID(0x2222222222222222L, 0x2222222222222222L));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1-1-1-1-1",
        "not-a-uuid",
        "22222222-2222-2222-2222-2222222222222",
        "22222222-2222-2222-2222-22222222222g",
        "22222222x2222-2222-2222-222222222222"
      })
  void rejectsAnythingElseAsBadRequest(String raw) {
    assertThatThrownBy(() -> Ids.tenant(raw)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void doesNotEchoOversizedInput() {
    String huge = "9".repeat(10_000);

    assertThatThrownBy(() -> Ids.tenant(huge))
        .isInstanceOf(InvalidRequestException.class)
        .message()
        .doesNotContain("9999");
  }
}
