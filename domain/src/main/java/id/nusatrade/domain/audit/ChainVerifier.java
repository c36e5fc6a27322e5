package id.nusatrade.domain.audit;

import id.nusatrade.domain.audit.ChainBreak.Kind;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Walks records in sequence order and names the first one that cannot be proven: its content no
 * longer matches its hash (edited), or it does not link to the record before it (a predecessor was
 * deleted or re-hashed, or records were reordered). The chain head catches removal at the end.
 */
public final class ChainVerifier {
  /** Finds which stored record carries a hash, to tell a reordering from a deletion. */
  @FunctionalInterface
  public interface HashLocator {
    OptionalLong seqOf(String hash);
  }

  private final HashLocator locator;

  public ChainVerifier(HashLocator locator) {
    this.locator = locator;
  }

  /** {@code records} must be in ascending sequence order and end at or before {@code head}. */
  public ChainVerification verify(Iterator<AuditRecord> records, ChainHead head) {
    String expectedPrev = AuditHash.GENESIS;
    long previousSeq = 0;
    long checked = 0;
    while (records.hasNext()) {
      AuditRecord record = records.next();
      Optional<ChainBreak> failure = check(record, expectedPrev, previousSeq);
      if (failure.isPresent()) {
        return ChainVerification.broken(checked, failure.get());
      }
      checked++;
      expectedPrev = record.hash();
      previousSeq = record.seq();
    }
    if (!expectedPrev.equals(head.lastHash())) {
      String detail =
          "chain ends at seq " + previousSeq + " but the head names seq " + head.lastSeq();
      return ChainVerification.broken(
          checked, new ChainBreak(head.lastSeq(), Kind.TRUNCATED, detail));
    }
    return ChainVerification.intact(checked);
  }

  private Optional<ChainBreak> check(AuditRecord record, String expectedPrev, long previousSeq) {
    if (!record.contentIntact()) {
      return Optional.of(
          new ChainBreak(record.seq(), Kind.EDITED, "content does not match its stored hash"));
    }
    if (record.prevHash().equals(expectedPrev)) {
      return Optional.empty();
    }
    OptionalLong predecessor = locator.seqOf(record.prevHash());
    if (predecessor.isPresent()) {
      String detail = "links to seq " + predecessor.getAsLong() + " but follows seq " + previousSeq;
      return Optional.of(new ChainBreak(record.seq(), Kind.REORDERED, detail));
    }
    String detail = "its predecessor (after seq " + previousSeq + ") is missing";
    return Optional.of(new ChainBreak(record.seq(), Kind.DELETED, detail));
  }
}
