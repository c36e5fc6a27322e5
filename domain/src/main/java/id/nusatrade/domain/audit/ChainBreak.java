package id.nusatrade.domain.audit;

/** Where and how the chain stopped being provable. */
public record ChainBreak(long seq, Kind kind, String detail) {
  public enum Kind {
    /** The record's content no longer matches its own hash. */
    EDITED,
    /**
     * The record's predecessor is missing: deleted, or edited and re-hashed (which changes its
     * hash, so it is no longer the predecessor this record names).
     */
    DELETED,
    /** The record's predecessor exists but sits somewhere else in the sequence. */
    REORDERED,
    /** Records after the last one present were removed (the chain head names a later record). */
    TRUNCATED
  }
}
