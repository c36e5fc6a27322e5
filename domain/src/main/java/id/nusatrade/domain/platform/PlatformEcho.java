package id.nusatrade.domain.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Answers a smoke-check probe with the same message and the time it answered. A blank probe is a
 * business rejection: a caller that sends nothing has not checked anything.
 */
public final class PlatformEcho {
  private final Clock clock;

  public PlatformEcho(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
  }

  /** The reply to one probe. */
  public record Echo(String text, Instant answeredAt) {}

  public Echo echo(String message) {
    if (message == null || message.isBlank()) {
      throw new EchoRejectedException("a smoke check needs a non-blank message");
    }
    return new Echo(message, clock.instant());
  }
}
