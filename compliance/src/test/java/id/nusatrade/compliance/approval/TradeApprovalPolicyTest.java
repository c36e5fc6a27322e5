package id.nusatrade.compliance.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.money.Idr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeApprovalPolicyTest {
  private final TradeApprovalPolicy policy = new TradeApprovalPolicy(ApprovalThresholds.DEFAULTS);

  // Defaults: automatic up to Rp 50,000,000; four eyes above Rp 500,000,000; refused above Rp 5 M.
  @ParameterizedTest(name = "{0} first={1} -> {2} x{3}")
  @CsvSource({
    "1000000.00,       false, APPROVE, 0",
    "50000000.00,      false, APPROVE, 0",
    "50000000.01,      false, REVIEW,  1",
    "500000000.00,     false, REVIEW,  1",
    "500000000.01,     false, REVIEW,  2",
    "5000000000.00,    false, REVIEW,  2",
    "5000000000.01,    false, REJECT,  0",
    "1000000.00,       true,  REVIEW,  1",
    "600000000.00,     true,  REVIEW,  2",
    "6000000000.00,    true,  REJECT,  0"
  })
  void decidesByTheThresholds(
      String notional, boolean firstLive, AutoDecision.Outcome outcome, int approvals) {
    AutoDecision decision =
        policy.decide(new ApprovalRequest("ord-1", Idr.parse(notional), firstLive));

    assertThat(decision.outcome()).isEqualTo(outcome);
    assertThat(decision.requiredApprovals()).isEqualTo(approvals);
    assertThat(decision.reasons()).isNotEmpty();
  }

  @Test
  void thresholdsMustRise() {
    assertThatThrownBy(() -> new ApprovalThresholds(Idr.of(10), Idr.of(5), Idr.of(20)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameOfficerCannotGiveBothApprovals() {
    FourEyes.requireDifferentOfficer("ana", "budi");
    assertThatThrownBy(() -> FourEyes.requireDifferentOfficer("ana", "ana"))
        .isInstanceOf(FourEyes.FourEyesViolationException.class);
  }
}
