package id.nusatrade.gateway.sim;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MQL5 EA's PumpTicks over a simulated EA: per symbol, sends the ticks of an MT5 CopyTicks
 * answer that were not sent before, in order, their server times turned into UTC with the trade
 * server's offset rounded to 15 minutes. Ask CopyTicks from {@link #copyTicksFrom} for at most
 * {@link #copyTicksCount} ticks, as the EA does. One caller thread (OnTick).
 */
public final class TickPump {
  private final SimulatedExpertAdvisor ea;
  private final Map<String, TickCursor> cursors = new ConcurrentHashMap<>();

  public TickPump(SimulatedExpertAdvisor ea) {
    this.ea = ea;
  }

  /** Returns how many ticks of the answer were sent (fewer when the symbol is refused). */
  public int pump(
      String symbol, List<TerminalTick> answer, long tradeServerSeconds, long gmtSeconds)
      throws InterruptedException {
    TickCursor cursor = cursors.computeIfAbsent(symbol, s -> new TickCursor(0));
    long offset = TickCursor.serverOffsetMillis(tradeServerSeconds, gmtSeconds);
    int sent = 0;
    for (int i = cursor.alreadySent(answer); i < answer.size(); i++) {
      TerminalTick t = answer.get(i);
      long seq =
          ea.sendTick(
              symbol, t.timeMsc() - offset, t.bid(), t.ask(), t.last(), t.volume(), t.flags());
      if (seq < 0) {
        break;
      }
      cursor.sent(t.timeMsc());
      sent++;
    }
    return sent;
  }

  /** CopyTicks {@code from}: the newest millisecond sent (0 before the first pump). */
  public long copyTicksFrom(String symbol) {
    TickCursor c = cursors.get(symbol);
    return c == null ? 0 : c.from();
  }

  /** CopyTicks {@code count}: {@code batch} new ticks plus those at the newest millisecond sent. */
  public int copyTicksCount(String symbol, int batch) {
    TickCursor c = cursors.get(symbol);
    return c == null ? batch : c.count(batch);
  }
}
