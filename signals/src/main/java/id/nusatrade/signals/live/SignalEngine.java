package id.nusatrade.signals.live;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.signals.Decision;
import id.nusatrade.signals.Signals;
import id.nusatrade.signals.registry.RegisteredModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns each closed bar of a tenant's feed into a decision of the tenant's live model, and keeps
 * the latest decisions per symbol. The live model is read on every bar: when it changed (a promote
 * or a roll back), the stream loads the new model and replays its recent bars (up to {@link
 * #HISTORY}) through the new model's feature pipeline before deciding, so the very next bar is
 * decided by the new model, warm, and no bar goes without a decision. Bars of one stream come from
 * one thread; different streams may come from different threads.
 */
public final class SignalEngine implements AutoCloseable {
  /** Bars each stream keeps to warm a newly promoted model's features. */
  public static final int HISTORY = 512;

  private final Function<TenantId, RegisteredModel> liveModel;
  private final int keep;
  private final Map<StreamKey, Stream> streams = new ConcurrentHashMap<>();
  private final Map<SymbolKey, Deque<LiveSignal>> latest = new ConcurrentHashMap<>();

  private record StreamKey(TenantId tenant, long account, String symbol, Timeframe timeframe) {}

  private record SymbolKey(TenantId tenant, String symbol) {}

  /**
   * @param liveModel the tenant's live model now (a map read: {@code ModelService::live})
   * @param keep decisions kept per tenant and symbol for {@link #latest}
   */
  public SignalEngine(Function<TenantId, RegisteredModel> liveModel, int keep) {
    this.liveModel = liveModel;
    this.keep = keep;
  }

  /** Decides on a closed bar; the decision is also kept for {@link #latest}. */
  public LiveSignal onBar(
      TenantId tenant,
      long account,
      String symbol,
      Timeframe timeframe,
      long openTime,
      double open,
      double high,
      double low,
      double close,
      double volume) {
    Stream stream =
        streams.computeIfAbsent(
            new StreamKey(tenant, account, symbol, timeframe), k -> new Stream());
    RegisteredModel model = liveModel.apply(tenant);
    Decision decision;
    synchronized (stream) {
      decision = stream.onBar(model, openTime, open, high, low, close, volume);
    }
    LiveSignal signal =
        new LiveSignal(tenant, account, symbol, timeframe, openTime, model.id(), decision);
    Deque<LiveSignal> kept =
        latest.computeIfAbsent(new SymbolKey(tenant, symbol), k -> new ArrayDeque<>());
    synchronized (kept) {
      kept.addFirst(signal);
      while (kept.size() > keep) {
        kept.removeLast();
      }
    }
    return signal;
  }

  /** The tenant's latest decisions on {@code symbol}, newest first (every timeframe and feed). */
  public List<LiveSignal> latest(TenantId tenant, String symbol) {
    Deque<LiveSignal> kept = latest.get(new SymbolKey(tenant, symbol));
    if (kept == null) {
      return List.of();
    }
    synchronized (kept) {
      return List.copyOf(kept);
    }
  }

  /**
   * A decision now on the last of {@code bars} (closed bars of one feed, oldest first) by {@code
   * model}, computed afresh: the features see these bars only.
   */
  public static Decision predict(RegisteredModel model, List<Bar> bars) {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("no closed bar to predict from");
    }
    try (BarSignals signals = Signals.load(model.artifactDir())) {
      Decision last = null;
      for (Bar b : bars) {
        last =
            signals.onBar(
                b.openTimeMillis(), b.open(), b.high(), b.low(), b.close(), b.tickVolume());
      }
      return last;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load model " + model.version(), e);
    }
  }

  @Override
  public void close() {
    for (Stream s : streams.values()) {
      synchronized (s) {
        s.close();
      }
    }
    streams.clear();
  }

  /** One feed and timeframe: its recent bars and the model instance deciding on it. */
  private static final class Stream {
    private final double[][] bars = new double[HISTORY][];
    private int next;
    private int count;
    private BarSignals signals;
    private java.util.UUID modelId;

    Decision onBar(
        RegisteredModel model,
        long time,
        double open,
        double high,
        double low,
        double close,
        double volume) {
      if (signals == null || !model.id().equals(modelId)) {
        swap(model);
      }
      bars[next] = new double[] {time, open, high, low, close, volume};
      next = (next + 1) % HISTORY;
      count = Math.min(count + 1, HISTORY);
      return signals.onBar(time, open, high, low, close, volume);
    }

    /** Loads {@code model} and warms its features on the bars kept so far. */
    private void swap(RegisteredModel model) {
      BarSignals loaded;
      try {
        loaded = Signals.load(model.artifactDir());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot load live model " + model.version() + " from " + model.artifactDir(), e);
      }
      for (double[] b : history()) {
        loaded.onBar((long) b[0], b[1], b[2], b[3], b[4], b[5]);
      }
      close();
      signals = loaded;
      modelId = model.id();
    }

    private List<double[]> history() {
      List<double[]> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(bars[(next - count + i + HISTORY) % HISTORY]);
      }
      return out;
    }

    void close() {
      if (signals != null) {
        signals.close();
        signals = null;
      }
    }
  }
}
