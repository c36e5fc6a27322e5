package id.nusatrade.workers.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.compliance.review.ReviewKind;
import id.nusatrade.compliance.review.ReviewTask;
import id.nusatrade.compliance.review.ReviewTaskStore;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.processes.review.HumanTask;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feeds our review queue from the engine: activates the jobs of plain BPMN user tasks ({@value
 * HumanTask#JOB_TYPE}) with a long timeout and records each as an open {@link ReviewTask}. It never
 * completes them: the officer's decision does ({@code ReviewQueue} through {@link
 * ZeebeTaskCompleter}). A job handed out again after its timeout is recorded once (add if absent).
 */
public final class ReviewTaskFeeder implements AutoCloseable {
  /** Longer than any review SLA modelled, so a task stays with us while officers work on it. */
  static final Duration HOLD = Duration.ofDays(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JobWorker worker;

  private ReviewTaskFeeder(JobWorker worker) {
    this.worker = worker;
  }

  public static ReviewTaskFeeder open(CamundaClient client, ReviewTaskStore store, Clock clock) {
    JobWorker worker =
        client
            .newWorker()
            .jobType(HumanTask.JOB_TYPE)
            .handler((jobClient, job) -> store.addIfAbsent(task(job, clock.instant())))
            .name("nusatrade-review-queue")
            .timeout(HOLD)
            .maxJobsActive(32)
            .open();
    return new ReviewTaskFeeder(worker);
  }

  static ReviewTask task(ActivatedJob job, Instant seenAt) {
    return task(
        job.getKey(),
        job.getProcessInstanceKey(),
        job.getCustomHeaders(),
        job.getVariablesAsMap(),
        seenAt);
  }

  /** The queue's view of a user-task job: kind from its header, subject and SLA from variables. */
  static ReviewTask task(
      long key,
      long processInstanceKey,
      Map<String, String> headers,
      Map<String, Object> variables,
      Instant seenAt) {
    ReviewKind kind = ReviewKind.fromHeader(headers.get(HumanTask.REVIEW_KIND_HEADER));
    Map<String, Object> context = new TreeMap<>(variables);
    context.remove(HumanTask.SLA_DEADLINE);
    return ReviewTask.open(
        key,
        kind,
        processInstanceKey,
        subject(kind, variables),
        tenant(variables.get("tenantId")),
        instant(variables.get(HumanTask.SLA_DEADLINE)),
        seenAt,
        kind == ReviewKind.TRADE_SECOND ? text(variables.get("firstApprover")) : null,
        json(context));
  }

  private static String subject(ReviewKind kind, Map<String, Object> variables) {
    return switch (kind) {
      case KYC -> "application/" + variables.get("applicationId");
      case TRADE, TRADE_SECOND -> "order/" + variables.get("orderId");
      case COMPLIANCE -> "alert/" + variables.get("alertId");
    };
  }

  private static TenantId tenant(Object value) {
    try {
      return value == null ? null : TenantId.of(value.toString());
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }

  /**
   * FEEL date-times arrive as text such as {@code 2026-12-03T10:00:00.1Z[UTC]} or with an offset.
   */
  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    try {
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(text).toInstant();
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String json(Map<String, Object> context) {
    try {
      return JSON.writeValueAsString(context);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("task variables are not JSON", e);
    }
  }

  @Override
  public void close() {
    worker.close();
  }
}
