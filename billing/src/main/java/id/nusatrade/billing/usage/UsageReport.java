package id.nusatrade.billing.usage;

import id.nusatrade.domain.billing.UsageMetric;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/** This period's use of each metric against its quota (empty quota: unlimited or not capped). */
public record UsageReport(LocalDate periodStart, Instant resetsAt, List<Line> lines) {
  public record Line(UsageMetric metric, long used, OptionalLong quota) {}
}
