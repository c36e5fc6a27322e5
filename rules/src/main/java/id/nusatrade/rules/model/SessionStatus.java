package id.nusatrade.rules.model;

/** Whether the instrument's market is trading at the intent's time. */
public enum SessionStatus {
  OPEN,
  /** A trading day, but outside the session hours (or a weekend). */
  OUTSIDE_HOURS,
  /** An exchange holiday. */
  HOLIDAY
}
