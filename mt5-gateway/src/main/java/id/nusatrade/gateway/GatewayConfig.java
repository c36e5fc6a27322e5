package id.nusatrade.gateway;

import id.nusatrade.domain.market.TradingSessions;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.ValidationConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Typed gateway settings; {@link #defaults()} gives every value a safe default.
 *
 * @param host bind address (loopback by default: expose through a TLS-terminating proxy)
 * @param port TCP port, 0 for any free port
 * @param maxFrameBytes larger frames are a protocol error (FRAME_TOO_LARGE)
 * @param ringSize ring slots (power of two); a full ring stops reading sockets (backpressure)
 * @param maxTerminals terminals one gateway serves
 * @param maxStreams symbol streams (terminal x symbol) one gateway serves
 * @param heartbeat heartbeat interval; silence for three intervals closes a connection
 * @param validation tick validation limits
 * @param tickSample at most one tick event per stream per this much tick time (0 = none)
 * @param journalDir where accepted frames are journaled before acknowledgement; null = no journal
 * @param journalSegmentBytes segment size before rotation
 * @param journalRetainSegments segments kept
 * @param rejectLogCapacity rejected ticks kept for review
 * @param rejectEventsPerSecond at most this many market.tick.rejected events per stream per second
 * @param waitStrategy tick ring consumers' idle strategy: sleeping (default), phased,
 *     lite-blocking, blocking or yielding (spins: only with a core per handler)
 * @param indicators indicator spec per tenant (default for the rest), computed per closed bar
 * @param sessions trading session per symbol (FX's 17:00 New York close for the rest): where D1 and
 *     H4 bars open
 */
public record GatewayConfig(
    String host,
    int port,
    int maxFrameBytes,
    int ringSize,
    int maxTerminals,
    int maxStreams,
    Duration heartbeat,
    ValidationConfig validation,
    Duration tickSample,
    Path journalDir,
    long journalSegmentBytes,
    int journalRetainSegments,
    int rejectLogCapacity,
    int rejectEventsPerSecond,
    String waitStrategy,
    IndicatorSpecs indicators,
    TradingSessions sessions) {

  public static GatewayConfig defaults() {
    return new GatewayConfig(
        "127.0.0.1",
        0,
        64 * 1024,
        1 << 16,
        256,
        4096,
        Duration.ofSeconds(5),
        ValidationConfig.defaults(),
        Duration.ofSeconds(1),
        null,
        64L << 20,
        16,
        1024,
        100,
        "sleeping",
        IndicatorSpecs.defaults(),
        TradingSessions.defaults());
  }

  public GatewayConfig withPort(int p) {
    return new GatewayConfig(
        host,
        p,
        maxFrameBytes,
        ringSize,
        maxTerminals,
        maxStreams,
        heartbeat,
        validation,
        tickSample,
        journalDir,
        journalSegmentBytes,
        journalRetainSegments,
        rejectLogCapacity,
        rejectEventsPerSecond,
        waitStrategy,
        indicators,
        sessions);
  }

  public GatewayConfig withJournal(Path dir) {
    return new GatewayConfig(
        host,
        port,
        maxFrameBytes,
        ringSize,
        maxTerminals,
        maxStreams,
        heartbeat,
        validation,
        tickSample,
        dir,
        journalSegmentBytes,
        journalRetainSegments,
        rejectLogCapacity,
        rejectEventsPerSecond,
        waitStrategy,
        indicators,
        sessions);
  }

  public GatewayConfig withValidation(ValidationConfig v) {
    return new GatewayConfig(
        host,
        port,
        maxFrameBytes,
        ringSize,
        maxTerminals,
        maxStreams,
        heartbeat,
        v,
        tickSample,
        journalDir,
        journalSegmentBytes,
        journalRetainSegments,
        rejectLogCapacity,
        rejectEventsPerSecond,
        waitStrategy,
        indicators,
        sessions);
  }

  public GatewayConfig withHeartbeat(Duration hb) {
    return new GatewayConfig(
        host,
        port,
        maxFrameBytes,
        ringSize,
        maxTerminals,
        maxStreams,
        hb,
        validation,
        tickSample,
        journalDir,
        journalSegmentBytes,
        journalRetainSegments,
        rejectLogCapacity,
        rejectEventsPerSecond,
        waitStrategy,
        indicators,
        sessions);
  }

  public GatewayConfig withRing(int slots, String strategy) {
    return new GatewayConfig(
        host,
        port,
        maxFrameBytes,
        slots,
        maxTerminals,
        maxStreams,
        heartbeat,
        validation,
        tickSample,
        journalDir,
        journalSegmentBytes,
        journalRetainSegments,
        rejectLogCapacity,
        rejectEventsPerSecond,
        strategy,
        indicators,
        sessions);
  }

  public GatewayConfig withIndicators(IndicatorSpecs specs) {
    return new GatewayConfig(
        host,
        port,
        maxFrameBytes,
        ringSize,
        maxTerminals,
        maxStreams,
        heartbeat,
        validation,
        tickSample,
        journalDir,
        journalSegmentBytes,
        journalRetainSegments,
        rejectLogCapacity,
        rejectEventsPerSecond,
        waitStrategy,
        specs,
        sessions);
  }

  public GatewayConfig withRejectEventsPerSecond(int perSecond) {
    return new GatewayConfig(
        host,
        port,
        maxFrameBytes,
        ringSize,
        maxTerminals,
        maxStreams,
        heartbeat,
        validation,
        tickSample,
        journalDir,
        journalSegmentBytes,
        journalRetainSegments,
        rejectLogCapacity,
        perSecond,
        waitStrategy,
        indicators,
        sessions);
  }

  public GatewayConfig withSessions(TradingSessions s) {
    return new GatewayConfig(
        host,
        port,
        maxFrameBytes,
        ringSize,
        maxTerminals,
        maxStreams,
        heartbeat,
        validation,
        tickSample,
        journalDir,
        journalSegmentBytes,
        journalRetainSegments,
        rejectLogCapacity,
        rejectEventsPerSecond,
        waitStrategy,
        indicators,
        s);
  }
}
