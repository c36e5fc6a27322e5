package id.nusatrade.billing.payment;

import java.util.Objects;

/**
 * The Midtrans server key. It signs notifications and authenticates our API calls, so it never
 * appears in a log or an exception: {@link #toString()} masks it.
 */
public final class ServerKey {
  /** The simulator's key, documented, for the embedded run only. */
  public static final String DEMO = "SB-Mid-server-nusatrade-demo-key";

  private final String secret;

  public ServerKey(String secret) {
    Objects.requireNonNull(secret, "server key");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("the Midtrans server key is empty");
    }
    this.secret = secret;
  }

  /** The secret itself, for the signature and the Authorization header only. */
  public String reveal() {
    return secret;
  }

  @Override
  public String toString() {
    return "ServerKey[****]";
  }
}
