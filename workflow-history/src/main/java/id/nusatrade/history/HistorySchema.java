package id.nusatrade.history;

/**
 * The process-history schema script, owned by this module (resource {@code db/history}) and run by
 * the server's Flyway as a Java migration in the range V110–V114. The exporter never creates
 * tables: until the server has migrated, its writes fail and the broker retries them.
 */
public final class HistorySchema {
  /** V110: the exporter's tables, row-level security, the application role's read grants. */
  public static final String V110 = "/db/history/V110__process_history.sql";

  private HistorySchema() {}
}
