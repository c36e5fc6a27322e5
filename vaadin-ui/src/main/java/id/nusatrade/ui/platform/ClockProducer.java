package id.nusatrade.ui.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place the UI reads the wall clock; everything else gets a {@link Clock} injected. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
