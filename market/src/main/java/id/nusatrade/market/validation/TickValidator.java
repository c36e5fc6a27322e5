package id.nusatrade.market.validation;

import java.time.Clock;
import java.util.Arrays;

/**
 * Per-stream checks with state in preallocated primitive arrays; owned by the market handler thread
 * alone. Returns a {@link RejectReason#code()} or 0, never allocating.
 */
public final class TickValidator {
  private final Clock clock;
  private final long maxAgeMillis;
  private final double band;
  private final int reanchorAfter;
  private final long[] lastTime;
  private final double[] lastBid;
  private final double[] lastAsk;
  private final double[] lastLast;
  private final long[] lastVolume;
  private final double[] goodMid;
  private final double[] spikeMid;
  private final int[] spikeRun;

  public TickValidator(ValidationConfig config, Clock clock, int maxStreams) {
    this.clock = clock;
    this.maxAgeMillis = config.maxTickAge().toMillis();
    this.band = config.spikeBand();
    this.reanchorAfter = config.spikeReanchorAfter();
    this.lastTime = new long[maxStreams];
    this.lastBid = new double[maxStreams];
    this.lastAsk = new double[maxStreams];
    this.lastLast = new double[maxStreams];
    this.lastVolume = new long[maxStreams];
    this.goodMid = new double[maxStreams];
    this.spikeMid = new double[maxStreams];
    this.spikeRun = new int[maxStreams];
    Arrays.fill(lastTime, Long.MIN_VALUE);
  }

  /** Validation with staleness judged against this validator's clock (a tick's age on arrival). */
  public int validate(int s, long time, double bid, double ask, double last, long volume) {
    return check(s, time, bid, ask, last, volume, clock.millis(), maxAgeMillis);
  }

  /**
   * Validation with staleness judged against the sender's own timeline: a tick is stale when it is
   * more than the maximum age older than {@code newestOfSender}, the newest accepted tick time of
   * the terminal that sent it ({@link Long#MIN_VALUE} for none yet). The verdict depends only on
   * the terminal's stream, in its sequence order, so the live path and a rebuild from the journal
   * judge every tick alike, and ticks an EA resends after an outage count as what they were when
   * sent.
   */
  public int validateInStream(
      int s, long newestOfSender, long time, double bid, double ask, double last, long volume) {
    long maxAge = newestOfSender == Long.MIN_VALUE ? 0 : maxAgeMillis;
    return check(s, time, bid, ask, last, volume, newestOfSender, maxAge);
  }

  private int check(
      int s,
      long time,
      double bid,
      double ask,
      double last,
      long volume,
      long reference,
      long maxAge) {
    int reason = stateless(time, bid, ask, last, volume, reference, maxAge);
    if (reason == 0) {
      reason = ordering(s, time, bid, ask, last, volume);
    }
    if (reason == 0) {
      reason = spike(s, (bid + ask) * 0.5);
    }
    if (reason == 0) {
      lastTime[s] = time;
      lastBid[s] = bid;
      lastAsk[s] = ask;
      lastLast[s] = last;
      lastVolume[s] = volume;
    }
    return reason;
  }

  private int stateless(
      long time, double bid, double ask, double last, long volume, long reference, long maxAge) {
    // "x > 0" is false for NaN, so one comparison covers NaN and non-positive; the sum of
    // non-negative numbers is infinite exactly when one of them is.
    if (!(bid > 0)
        || !(ask > 0)
        || !(last >= 0)
        || volume < 0
        || !Double.isFinite(bid + ask + last)) {
      return RejectReason.NON_POSITIVE_PRICE.code();
    }
    if (bid > ask) {
      return RejectReason.CROSSED_QUOTE.code();
    }
    if (maxAge > 0 && reference - time > maxAge) {
      return RejectReason.STALE.code();
    }
    return 0;
  }

  private int ordering(int s, long time, double bid, double ask, double last, long volume) {
    if (time < lastTime[s]) {
      return RejectReason.OUT_OF_ORDER.code();
    }
    boolean same =
        time == lastTime[s]
            && bid == lastBid[s]
            && ask == lastAsk[s]
            && last == lastLast[s]
            && volume == lastVolume[s];
    return same ? RejectReason.DUPLICATE.code() : 0;
  }

  private int spike(int s, double mid) {
    double ref = goodMid[s];
    if (band <= 0 || ref == 0 || Math.abs(mid - ref) <= band * ref) {
      goodMid[s] = mid;
      spikeRun[s] = 0;
      return 0;
    }
    boolean agrees = spikeRun[s] > 0 && Math.abs(mid - spikeMid[s]) <= band * spikeMid[s];
    spikeRun[s] = agrees ? spikeRun[s] + 1 : 1;
    spikeMid[s] = mid;
    if (reanchorAfter > 0 && spikeRun[s] >= reanchorAfter) {
      goodMid[s] = mid;
      spikeRun[s] = 0;
      return 0;
    }
    return RejectReason.SPIKE.code();
  }
}
