package id.nusatrade.server.security;

import id.nusatrade.billing.apikey.ApiKeyOwner;
import java.util.Optional;

/**
 * The caller of the request being served on this thread when it came with a verified API key
 * ({@link ApiKeyFilter} binds it around the whole filter chain). {@link TokenClaims#caller} reads
 * it first, so every resource scopes a key's request exactly as its owner's token would be scoped.
 */
public record ApiKeyCaller(String keyId, Caller caller) {
  private static final ThreadLocal<ApiKeyCaller> CURRENT = new ThreadLocal<>();

  static ApiKeyCaller of(ApiKeyOwner owner) {
    return new ApiKeyCaller(
        owner.keyId(),
        new Caller(
            owner.username(),
            Optional.of(owner.tenant()),
            owner.roles(),
            "api-key:" + owner.keyId()));
  }

  public static Optional<ApiKeyCaller> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * Binds this caller to the thread; the returned handle unbinds it (use in try-with-resources).
   */
  Binding bind() {
    ApiKeyCaller previous = CURRENT.get();
    CURRENT.set(this);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** Ends a {@link #bind}. */
  @FunctionalInterface
  interface Binding extends AutoCloseable {
    @Override
    void close();
  }
}
