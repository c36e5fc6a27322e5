package id.nusatrade.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sessions this server has already recorded a login for, so a login is audited once per session
 * rather than once per request. Bounded (oldest forgotten first): forgetting only means a long
 * session is recorded again, which is harmless.
 */
@ApplicationScoped
public class SessionsSeen {
  private static final int CAPACITY = 10_000;

  private final Map<String, Boolean> seen =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > CAPACITY;
        }
      };

  /** True the first time a session is offered. */
  public synchronized boolean firstSight(String session) {
    return session != null && seen.put(session, Boolean.TRUE) == null;
  }
}
