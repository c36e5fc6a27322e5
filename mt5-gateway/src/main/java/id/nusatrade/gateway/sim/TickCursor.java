package id.nusatrade.gateway.sim;

import java.util.List;

/**
 * Where PumpTicks stands in one symbol's tick history: the newest {@code time_msc} sent and how
 * many ticks with exactly that time were sent. MT5 can stamp several ticks with the same
 * millisecond; CopyTicks from that millisecond returns the ones already sent again, first. The MQL5
 * EA runs the same arithmetic (g_lastMsc, g_sentAtMsc in NusatradeBridge.mq5).
 */
final class TickCursor {
  private long lastMsc;
  private int sentAtLastMsc;

  TickCursor(long startMsc) {
    this.lastMsc = startMsc;
  }

  /** CopyTicks {@code from}: the newest millisecond sent. */
  long from() {
    return lastMsc;
  }

  /** CopyTicks {@code count}: the ticks at {@link #from()} already sent come back too. */
  int count(int batch) {
    return sentAtLastMsc + batch;
  }

  /**
   * How many leading ticks of an answer from {@link #from()} were sent before. Fixed before the
   * loop that sends the rest: {@link #sent} moves the cursor while the loop runs.
   */
  int alreadySent(List<TerminalTick> answer) {
    int same = 0;
    while (same < answer.size() && same < sentAtLastMsc && answer.get(same).timeMsc() == lastMsc) {
      same++;
    }
    return same;
  }

  /**
   * The trade server's offset from UTC in milliseconds, from two clock readings taken one after the
   * other (MQL5: TimeTradeServer(), TimeGMT()). They can straddle a second, so the raw difference
   * jitters by a second; real offsets are whole quarter hours, so round to one.
   */
  static long serverOffsetMillis(long tradeServerSeconds, long gmtSeconds) {
    long quarters = Math.round((tradeServerSeconds - gmtSeconds) / 900.0);
    return quarters * 900_000L;
  }

  void sent(long timeMsc) {
    if (timeMsc == lastMsc) {
      sentAtLastMsc++;
    } else {
      lastMsc = timeMsc;
      sentAtLastMsc = 1;
    }
  }
}
