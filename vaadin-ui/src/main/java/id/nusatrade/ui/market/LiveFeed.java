package id.nusatrade.ui.market;

/** The connection that feeds {@link LiveMarket} (Artemis in the server). */
@FunctionalInterface
public interface LiveFeed {
  /** Connects if not yet connected; false while the event bus cannot be reached. */
  boolean connect();
}
