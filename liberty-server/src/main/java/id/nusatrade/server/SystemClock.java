package id.nusatrade.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place the wall clock enters the application; everything else injects {@link Clock}.
 * {@code NUSATRADE_CLOCK_START} (an ISO instant, unset in production) starts the clock at that
 * instant instead, still ticking at the wall clock's pace: integration tests pin the server inside
 * a market session so the rules never see a closed market because of the day the build runs.
 */
@ApplicationScoped
public class SystemClock {
  public static final String START = "NUSATRADE_CLOCK_START";

  @Inject
  @ConfigProperty(name = START)
  Optional<String> start;

  @Produces
  @Singleton
  Clock clock() {
    return start.filter(s -> !s.isBlank()).map(SystemClock::startingAt).orElse(Clock.systemUTC());
  }

  static Clock startingAt(String instant) {
    Instant at;
    try {
      at = Instant.parse(instant.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          START + " must be an ISO instant such as 2026-12-02T15:00:00Z, not '" + instant + "'", e);
    }
    Clock wall = Clock.systemUTC();
    return Clock.offset(wall, Duration.between(wall.instant(), at));
  }
}
