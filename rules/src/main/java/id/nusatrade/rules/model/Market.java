package id.nusatrade.rules.model;

/** The market an instrument trades on, which decides its session calendar. */
public enum Market {
  /** Indonesia Stock Exchange: sessions in WIB, closed on exchange holidays. */
  IDX,
  /** Spot FX: Sunday 17:00 to Friday 17:00 New York time. */
  FX
}
