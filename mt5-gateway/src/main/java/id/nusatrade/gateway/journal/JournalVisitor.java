package id.nusatrade.gateway.journal;

import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.terminal.TerminalKey;

/** Receives journal records in order, with segment-local numbers already resolved. */
public interface JournalVisitor {
  void checkpoint(TerminalKey terminal, long durableSeq);

  void tick(
      TerminalKey terminal,
      String symbol,
      long seq,
      long time,
      double bid,
      double ask,
      double last,
      long volume,
      int flags);

  default void execution(TerminalKey terminal, long seq, ExecutionReport report) {}
}
