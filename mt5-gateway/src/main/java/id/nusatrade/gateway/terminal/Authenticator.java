package id.nusatrade.gateway.terminal;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.ErrorCode;
import id.nusatrade.gateway.protocol.FrameLayout;
import id.nusatrade.gateway.protocol.Hello;
import java.util.Optional;

/** Decides a HELLO: version, tenant id syntax, registration, enabled flag and API key. */
public final class Authenticator {
  /** The verdict: a terminal key, or the error code to answer with. */
  public record Verdict(TerminalKey key, ErrorCode error, String reason) {
    public boolean accepted() {
      return error == null;
    }
  }

  private final TerminalDirectory directory;

  public Authenticator(TerminalDirectory directory) {
    this.directory = directory;
  }

  public Verdict authenticate(Hello hello) {
    if (hello.version() < FrameLayout.MIN_PROTOCOL_VERSION
        || hello.version() > FrameLayout.PROTOCOL_VERSION) {
      return refuse(ErrorCode.UNSUPPORTED_VERSION, "protocol version " + hello.version());
    }
    TerminalKey key;
    try {
      key = new TerminalKey(TenantId.of(hello.tenant()), hello.account());
    } catch (IllegalArgumentException e) {
      return refuse(ErrorCode.AUTH_FAILED, "tenant id is not a UUID");
    }
    Optional<TerminalRecord> record = directory.find(key);
    // One message for "unknown" and "wrong key" so probing cannot enumerate accounts.
    if (record.isEmpty() || !ApiKeys.matches(hello.apiKey(), record.get().apiKeySha256())) {
      return refuse(ErrorCode.AUTH_FAILED, "unknown terminal or wrong API key");
    }
    if (!record.get().enabled()) {
      return refuse(ErrorCode.TERMINAL_DISABLED, "terminal disabled");
    }
    return new Verdict(key, null, null);
  }

  private static Verdict refuse(ErrorCode code, String reason) {
    return new Verdict(null, code, reason);
  }
}
