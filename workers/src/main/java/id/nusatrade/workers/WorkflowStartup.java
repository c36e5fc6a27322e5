package id.nusatrade.workers;

import id.nusatrade.compliance.alert.AlertTriage;
import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.compliance.approval.ApprovalThresholds;
import id.nusatrade.compliance.approval.TradeApprovalPolicy;
import id.nusatrade.compliance.kyc.IdentityCheck;
import id.nusatrade.compliance.kyc.RiskScoring;
import id.nusatrade.compliance.kyc.Screening;
import id.nusatrade.compliance.kyc.ScreeningList;
import id.nusatrade.compliance.review.ReviewAuditEvents;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.platform.PlatformEcho;
import id.nusatrade.domain.platform.SmokeCheckReporter;
import id.nusatrade.processes.compliance.ComplianceReview;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.processes.platform.SmokeCheck;
import id.nusatrade.processes.trading.TradeApproval;
import id.nusatrade.workers.compliance.EscalateInvestigationWorker;
import id.nusatrade.workers.compliance.RecordReviewOutcomeWorker;
import id.nusatrade.workers.compliance.TriageAlertWorker;
import id.nusatrade.workers.onboarding.CheckIdentityWorker;
import id.nusatrade.workers.onboarding.ScoreRiskWorker;
import id.nusatrade.workers.onboarding.ScreenSanctionsWorker;
import id.nusatrade.workers.platform.EchoWorker;
import id.nusatrade.workers.platform.SmokeCheckReportWorker;
import id.nusatrade.workers.trading.DecideTradeWorker;
import id.nusatrade.workers.trading.PublishApprovalResultWorker;
import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an application does at startup for workflows: deploy the catalog, then open the workers of
 * every job type the catalog's processes use. The caller owns the client and closes the returned
 * {@link RunningWorkflows} at shutdown. New workers are registered in {@link #workers}.
 */
public final class WorkflowStartup {
  private WorkflowStartup() {}

  public static RunningWorkflows start(
      CamundaClient client, Clock clock, EventPublisher publisher, Duration deployPatience)
      throws InterruptedException {
    return start(client, clock, publisher, deployPatience, registry -> {});
  }

  /**
   * As {@link #start(CamundaClient, Clock, EventPublisher, Duration)}, with the workers whose
   * services the caller builds (they need its database or mail server) registered by {@code more}.
   */
  public static RunningWorkflows start(
      CamundaClient client,
      Clock clock,
      EventPublisher publisher,
      Duration deployPatience,
      Consumer<WorkerRegistry> more)
      throws InterruptedException {
    List<DeployedProcess> deployed = ProcessDeployer.forCatalog(client).deployAll(deployPatience);
    WorkerRegistry registry = workers(client, clock, publisher);
    more.accept(registry);
    registry.open();
    return new RunningWorkflows(deployed, registry);
  }

  /**
   * Every worker of the catalog, registered but not open yet. Job types of the catalog without a
   * worker here yet (docs/workflows.md lists them) wait in the engine until one is registered.
   */
  public static WorkerRegistry workers(
      CamundaClient client, Clock clock, EventPublisher publisher) {
    ReviewAuditEvents reviewAudit = new ReviewAuditEvents(publisher, clock);
    return new WorkerRegistry(client, RetryBackoff.defaults())
        .register(SmokeCheck.ECHO_JOB, new EchoWorker(new PlatformEcho(clock)))
        .register(
            SmokeCheck.REPORT_JOB,
            new SmokeCheckReportWorker(new SmokeCheckReporter(publisher, clock)))
        .register(Onboarding.CHECK_IDENTITY_JOB, new CheckIdentityWorker(new IdentityCheck(clock)))
        .register(
            Onboarding.SCREEN_SANCTIONS_JOB,
            new ScreenSanctionsWorker(new Screening(ScreeningList.shipped())))
        .register(Onboarding.SCORE_RISK_JOB, new ScoreRiskWorker(new RiskScoring()))
        .register(
            TradeApproval.DECIDE_AUTOMATICALLY_JOB,
            new DecideTradeWorker(new TradeApprovalPolicy(ApprovalThresholds.DEFAULTS)))
        .register(
            TradeApproval.PUBLISH_RESULT_JOB,
            new PublishApprovalResultWorker(new ApprovalResultPublisher(publisher, clock)))
        .register(ComplianceReview.TRIAGE_JOB, new TriageAlertWorker(new AlertTriage()))
        .register(ComplianceReview.RECORD_OUTCOME_JOB, new RecordReviewOutcomeWorker(reviewAudit))
        .register(ComplianceReview.ESCALATE_JOB, new EscalateInvestigationWorker(reviewAudit));
  }
}
