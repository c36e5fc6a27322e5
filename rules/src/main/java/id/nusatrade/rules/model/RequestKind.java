package id.nusatrade.rules.model;

/** What a tier request asks for. */
public enum RequestKind {
  /** One prediction (counts against the monthly quota). */
  PREDICTION,
  /** One API request (counts against the per-minute rate). */
  API_REQUEST,
  /** Use of a feature such as {@code confidenceScores}. */
  FEATURE,
  /** One more active strategy. */
  ADD_STRATEGY,
  /** One more watched or traded symbol. */
  ADD_SYMBOL
}
