package id.nusatrade.compliance.approval;

import id.nusatrade.domain.money.Idr;
import java.util.Objects;

/**
 * The limits of trade approval, in notional rupiah: up to {@code autoApproveUpTo} the rules approve
 * alone; above {@code fourEyesAbove} two different officers must approve; above {@code rejectAbove}
 * the rules refuse outright.
 */
public record ApprovalThresholds(Idr autoApproveUpTo, Idr fourEyesAbove, Idr rejectAbove) {
  /** Defaults: Rp 50 jt automatic, Rp 500 jt four eyes, Rp 5 M refused. */
  public static final ApprovalThresholds DEFAULTS =
      new ApprovalThresholds(Idr.of(50_000_000), Idr.of(500_000_000), Idr.of(5_000_000_000L));

  public ApprovalThresholds {
    Objects.requireNonNull(autoApproveUpTo);
    if (autoApproveUpTo.compareTo(fourEyesAbove) > 0 || fourEyesAbove.compareTo(rejectAbove) > 0) {
      throw new IllegalArgumentException("thresholds must rise: automatic <= four eyes <= refused");
    }
  }
}
