package id.nusatrade.workers.platform;

import id.nusatrade.domain.platform.SmokeCheckOutcome;
import id.nusatrade.domain.platform.SmokeCheckReporter;
import id.nusatrade.domain.platform.SmokeCheckReporter.Requester;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Job {@value SmokeCheck#REPORT_JOB}: hands the outcome and the requester to {@link
 * SmokeCheckReporter}. The report's event id is derived from the job key, so a job handed out again
 * (timeout, lost completion) publishes the same event and the bus drops the copy.
 */
public final class SmokeCheckReportWorker implements JobHandler {
  private final SmokeCheckReporter reporter;

  public SmokeCheckReportWorker(SmokeCheckReporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    String tenant = job.text(SmokeCheck.TENANT_ID);
    Requester requester =
        new Requester(tenant == null ? null : TenantId.of(tenant), job.text(SmokeCheck.REQUEST_ID));
    SmokeCheckOutcome outcome = SmokeCheckOutcome.fromWire(job.text(SmokeCheck.OUTCOME));
    reporter.report(reportId(job.key()), requester, outcome);
    return Map.of();
  }

  static UUID reportId(long jobKey) {
    return UUID.nameUUIDFromBytes(
        (SmokeCheck.REPORT_JOB + "/" + jobKey).getBytes(StandardCharsets.UTF_8));
  }
}
