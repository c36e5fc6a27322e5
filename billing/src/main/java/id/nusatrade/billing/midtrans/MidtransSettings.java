package id.nusatrade.billing.midtrans;

import id.nusatrade.billing.payment.ServerKey;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the Core API is and how to authenticate. {@code baseUrl} is the local simulator in the
 * embedded run, {@link #SANDBOX} or {@link #PRODUCTION} otherwise: switching is configuration only.
 */
public record MidtransSettings(URI baseUrl, ServerKey serverKey, Duration timeout) {
  public static final URI SANDBOX = URI.create("https://api.sandbox.midtrans.com");
  public static final URI PRODUCTION = URI.create("https://api.midtrans.com");

  public MidtransSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(serverKey, "serverKey");
    Objects.requireNonNull(timeout, "timeout");
  }

  URI resolve(String path) {
    String base = baseUrl.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }
}
