package id.nusatrade.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformEchoTest {
  private static final Instant NOW = Instant.parse("2025-03-04T02:15:00Z");
  private final PlatformEcho echo = new PlatformEcho(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void repliesWithTheSameMessageAndTheTimeOfTheClock() {
    assertThat(echo.echo("ping")).isEqualTo(new PlatformEcho.Echo("ping", NOW));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void rejectsABlankProbeAsABusinessError(String message) {
    assertThatThrownBy(() -> echo.echo(message)).isInstanceOf(EchoRejectedException.class);
  }
}
