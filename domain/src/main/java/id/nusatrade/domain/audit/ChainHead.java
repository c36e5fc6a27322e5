package id.nusatrade.domain.audit;

/**
 * The last record the appender wrote, kept apart from the records so that removing records from the
 * end of the chain (which leaves no broken link behind) is still detected.
 */
public record ChainHead(long lastSeq, String lastHash) {
  public static final ChainHead EMPTY = new ChainHead(0, AuditHash.GENESIS);
}
