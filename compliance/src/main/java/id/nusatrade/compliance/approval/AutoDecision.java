package id.nusatrade.compliance.approval;

import java.util.List;

/**
 * The rules' answer: {@code APPROVE}, {@code REJECT} or {@code REVIEW} (officers decide), how many
 * officers must approve, and the reasons in words.
 */
public record AutoDecision(Outcome outcome, int requiredApprovals, List<String> reasons) {
  public enum Outcome {
    APPROVE,
    REJECT,
    REVIEW
  }

  public AutoDecision {
    reasons = List.copyOf(reasons);
  }
}
