package id.nusatrade.domain.audit;

import java.util.Optional;

/** Outcome of walking the chain: how many records were checked and the first break, if any. */
public record ChainVerification(long recordsChecked, Optional<ChainBreak> firstBreak) {
  public static ChainVerification intact(long recordsChecked) {
    return new ChainVerification(recordsChecked, Optional.empty());
  }

  public static ChainVerification broken(long recordsChecked, ChainBreak at) {
    return new ChainVerification(recordsChecked, Optional.of(at));
  }

  public boolean isIntact() {
    return firstBreak.isEmpty();
  }
}
