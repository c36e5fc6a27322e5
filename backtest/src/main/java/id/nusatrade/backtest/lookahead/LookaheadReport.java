package id.nusatrade.backtest.lookahead;

import java.util.List;

/**
 * Both checks of a run, as the report shows them: the look-ahead check's outcome (decisions and
 * trades before each cut unchanged by other future bars) and the warm-up check's findings for each
 * indicator the strategy reads.
 */
public record LookaheadReport(LookaheadCheck.Outcome outcome, List<WarmupCheck.Finding> warmup) {
  public LookaheadReport {
    warmup = List.copyOf(warmup);
  }

  public boolean clean() {
    return outcome.clean();
  }

  /** The text {@code ./nusatrade backtest --check-lookahead} prints. */
  public String describe() {
    StringBuilder out = new StringBuilder(outcome.describe());
    out.append("warm-up check (values from a later start vs from the first bar):\n");
    for (WarmupCheck.Finding finding : warmup) {
      out.append("  ").append(finding.describe()).append('\n');
    }
    return out.toString();
  }
}
