package id.nusatrade.gateway.journal;

import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The last durable (so acknowledged or acknowledgeable) sequence of every terminal. */
public final class JournalRecovery {
  private JournalRecovery() {}

  public static Map<TerminalKey, Long> lastSequences(Path dir) {
    Map<TerminalKey, Long> last = new HashMap<>();
    JournalReader.read(
        dir,
        new JournalVisitor() {
          @Override
          public void checkpoint(TerminalKey terminal, long durableSeq) {
            last.merge(terminal, durableSeq, Math::max);
          }

          @Override
          public void tick(
              TerminalKey terminal,
              String symbol,
              long seq,
              long time,
              double bid,
              double ask,
              double last2,
              long volume,
              int flags) {
            last.merge(terminal, seq, Math::max);
          }

          @Override
          public void execution(TerminalKey terminal, long seq, ExecutionReport report) {
            last.merge(terminal, seq, Math::max);
          }
        });
    return last;
  }
}
