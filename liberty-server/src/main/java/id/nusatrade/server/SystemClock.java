package id.nusatrade.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one place the wall clock enters the application; everything else injects {@link Clock}. */
@ApplicationScoped
public class SystemClock {
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
