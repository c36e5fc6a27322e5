package id.nusatrade.gateway.sim;

import java.time.Duration;

/**
 * The EA's inputs (the MQL5 EA has the same ones).
 *
 * @param unackedCapacity frames kept for resend (power of two); when full, sending waits for ACKs
 * @param heartbeat heartbeat interval until the gateway's WELCOME states its own
 * @param initialBackoff first wait before reconnecting; doubles up to {@code maxBackoff} while
 *     connections fail within one heartbeat interval
 * @param refusedRetry wait after AUTH_FAILED or TERMINAL_DISABLED (MQL5 InpRefusedRetryMin)
 * @param positionsOnConnect send a POSITIONS snapshot after every WELCOME, for the platform's
 *     reconciliation (a trading terminal; off for stream-only use: replay, load generation)
 */
public record EaSettings(
    String host,
    int port,
    String tenant,
    long account,
    String apiKey,
    int unackedCapacity,
    Duration heartbeat,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration refusedRetry,
    SafetyLimits safety,
    boolean positionsOnConnect) {

  public static EaSettings of(String host, int port, String tenant, long account, String apiKey) {
    return new EaSettings(
        host,
        port,
        tenant,
        account,
        apiKey,
        1 << 16,
        Duration.ofSeconds(5),
        Duration.ofMillis(50),
        Duration.ofSeconds(2),
        Duration.ofMinutes(10),
        SafetyLimits.none(),
        false);
  }

  public EaSettings withSafety(SafetyLimits limits) {
    return new EaSettings(
        host,
        port,
        tenant,
        account,
        apiKey,
        unackedCapacity,
        heartbeat,
        initialBackoff,
        maxBackoff,
        refusedRetry,
        limits,
        positionsOnConnect);
  }

  public EaSettings withPort(int p) {
    return new EaSettings(
        host,
        p,
        tenant,
        account,
        apiKey,
        unackedCapacity,
        heartbeat,
        initialBackoff,
        maxBackoff,
        refusedRetry,
        safety,
        positionsOnConnect);
  }

  public EaSettings withUnackedCapacity(int capacity) {
    return new EaSettings(
        host,
        port,
        tenant,
        account,
        apiKey,
        capacity,
        heartbeat,
        initialBackoff,
        maxBackoff,
        refusedRetry,
        safety,
        positionsOnConnect);
  }

  public EaSettings withRefusedRetry(Duration wait) {
    return new EaSettings(
        host,
        port,
        tenant,
        account,
        apiKey,
        unackedCapacity,
        heartbeat,
        initialBackoff,
        maxBackoff,
        wait,
        safety,
        positionsOnConnect);
  }

  /** A trading terminal: a POSITIONS snapshot after every WELCOME (see the MQL5 EA). */
  public EaSettings withPositionsOnConnect(boolean on) {
    return new EaSettings(
        host,
        port,
        tenant,
        account,
        apiKey,
        unackedCapacity,
        heartbeat,
        initialBackoff,
        maxBackoff,
        refusedRetry,
        safety,
        on);
  }
}
