package id.nusatrade.gateway.journal;

import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.Terminal;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What a restart learns from the journal: sequences per terminal, and the ticks themselves. */
public final class JournalRecovery {
  private JournalRecovery() {}

  /** Receives each journaled tick, in journal (= original ring) order, by recovered stream id. */
  @FunctionalInterface
  public interface TickReplay {
    void tick(
        int stream,
        long seq,
        long time,
        double bid,
        double ask,
        double last,
        long volume,
        int flags);
  }

  /** Receives each journaled execution report, in journal order. */
  @FunctionalInterface
  public interface ExecutionReplay {
    void execution(TerminalKey terminal, long seq, ExecutionReport report);
  }

  /** The last durable (so acknowledged or acknowledgeable) sequence of every terminal. */
  public static Map<TerminalKey, Long> lastSequences(Path dir) {
    Map<TerminalKey, Long> last = new HashMap<>();
    JournalReader.read(dir, new Sequences(last));
    return last;
  }

  /**
   * One pass over every retained segment: registers each journaled terminal (with its last
   * sequence) and stream in {@code registry}, and hands every tick to {@code replay}. Returns the
   * number of tick records read.
   */
  public static long recover(Path dir, StreamRegistry registry, TickReplay replay) {
    return recover(dir, registry, replay, (t, seq, r) -> {});
  }

  /**
   * As above, also handing every journaled execution report to {@code executions}. Every segment is
   * fsync'd first: what the restart reads is what it tells the EAs is on disk, and a gateway that
   * died after a failed fsync may have left records in the page cache only. A failure stops the
   * start.
   */
  public static long recover(
      Path dir, StreamRegistry registry, TickReplay replay, ExecutionReplay executions) {
    Segments.forceAll(dir);
    Rebuild rebuild = new Rebuild(registry, replay, executions);
    JournalReader.read(dir, rebuild);
    return rebuild.ticks;
  }

  private record Sequences(Map<TerminalKey, Long> last) implements JournalVisitor {
    @Override
    public void checkpoint(TerminalKey terminal, long durableSeq) {
      last.merge(terminal, durableSeq, Math::max);
    }

    @Override
    public void tick(
        TerminalKey t,
        String sym,
        long seq,
        long time,
        double b,
        double a,
        double l,
        long v,
        int f) {
      last.merge(t, seq, Math::max);
    }

    @Override
    public void execution(TerminalKey terminal, long seq, ExecutionReport report) {
      last.merge(terminal, seq, Math::max);
    }
  }

  private static final class Rebuild implements JournalVisitor {
    private final StreamRegistry registry;
    private final TickReplay replay;
    private final ExecutionReplay executions;
    private final Map<TerminalKey, Map<String, Integer>> streams = new HashMap<>();
    long ticks;

    Rebuild(StreamRegistry registry, TickReplay replay, ExecutionReplay executions) {
      this.registry = registry;
      this.replay = replay;
      this.executions = executions;
    }

    @Override
    public void checkpoint(TerminalKey terminal, long durableSeq) {
      registry.recover(terminal, durableSeq);
    }

    @Override
    public void tick(
        TerminalKey t,
        String sym,
        long seq,
        long time,
        double b,
        double a,
        double l,
        long v,
        int f) {
      ticks++;
      Terminal terminal = registry.recover(t, seq);
      if (terminal == null) {
        return; // more terminals than this gateway serves: it will refuse them anyway
      }
      int stream =
          streams
              .computeIfAbsent(t, k -> new HashMap<>())
              .computeIfAbsent(sym, s -> registry.recoverStream(terminal, s));
      if (stream >= 0) {
        replay.tick(stream, seq, time, b, a, l, v, f);
      }
    }

    @Override
    public void execution(TerminalKey terminal, long seq, ExecutionReport report) {
      registry.recover(terminal, seq);
      executions.execution(terminal, seq, report);
    }
  }
}
