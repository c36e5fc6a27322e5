package id.nusatrade.indicators;

import java.util.function.LongUnaryOperator;

/**
 * An indicator that restarts each trading session (a session VWAP). {@code sessionDayOf} maps a
 * bar's time (epoch milliseconds) to an id of its session day, for example the day's open time; it
 * must not allocate, because it is called once per closed bar.
 */
public interface SessionAware {
  void sessions(LongUnaryOperator sessionDayOf);
}
