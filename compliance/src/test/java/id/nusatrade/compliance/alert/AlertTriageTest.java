package id.nusatrade.compliance.alert;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.compliance.alert.AlertTriage.Kind;
import id.nusatrade.compliance.alert.AlertTriage.Severity;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertTriageTest {
  @ParameterizedTest(name = "{0} {1} -> {2} {3} {4}")
  @CsvSource({
    "MARKET_ABUSE, CRITICAL, true, HIGH, PT1H",
    "RECONCILIATION_DIFFERENCE, HIGH, true, HIGH, PT4H",
    "RULE_BREACH, MEDIUM, true, NORMAL, P2D",
    "KYC_FLAG, LOW, true, NORMAL, P5D",
    "RULE_BREACH, LOW, true, NORMAL, P5D",
    "RECONCILIATION_DIFFERENCE, LOW, false, LOW, P5D",
    "MARKET_ABUSE, LOW, false, LOW, P5D"
  })
  void triagesByTheTable(
      Kind kind, Severity severity, boolean investigate, String priority, Duration sla) {
    AlertTriage.Triage triage = new AlertTriage().triage(kind, severity);

    assertThat(triage.needsInvestigation()).isEqualTo(investigate);
    assertThat(triage.priority()).isEqualTo(priority);
    assertThat(triage.investigationSla()).isEqualTo(sla);
  }
}
