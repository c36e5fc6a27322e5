package id.nusatrade.server.api;

import id.nusatrade.compliance.onboarding.Application;
import id.nusatrade.compliance.onboarding.Registration;
import id.nusatrade.compliance.review.ReviewTask;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/** JSON shapes of {@code /onboarding} and {@code /review-tasks}. */
final class OnboardingViews {
  private OnboardingViews() {}

  /** {@code POST /onboarding}'s body (API.md). */
  public static final class RegistrationRequest {
    public String fullName;
    public String email;
    public String phone;
    public String nik;
    public String dateOfBirth;
    public String username;

    Registration registration() {
      return new Registration(fullName, email, phone, nik, dateOfBirth, username);
    }
  }

  /** {@code POST /onboarding/{id}/verification}'s body: the mailed code. */
  public static final class VerificationRequest {
    public String code;
  }

  /** An application as its holder sees it: no personal data is echoed. */
  public record ApplicationView(
      String applicationId, String status, Instant createdAt, Instant updatedAt) {
    static ApplicationView of(Application a) {
      return new ApplicationView(
          a.id().toString(), a.status().name(), a.createdAt(), a.updatedAt());
    }
  }

  /** {@code POST /review-tasks/{id}/decision}'s body. */
  public static final class DecisionRequest {
    public String outcome;
    public String reason;
  }

  /** An officer task with its SLA deadline and its process context. */
  public record ReviewTaskView(
      String id,
      String kind,
      String processInstanceKey,
      String subject,
      String tenantId,
      Instant slaDeadline,
      Instant createdAt,
      String status,
      String claimedBy,
      String firstApprover,
      JsonObject context) {
    static ReviewTaskView of(ReviewTask t) {
      return new ReviewTaskView(
          Long.toString(t.key()),
          t.kind().header(),
          Long.toString(t.processInstanceKey()),
          t.subject(),
          t.tenant() == null ? null : t.tenant().toString(),
          t.slaDeadline(),
          t.createdAt(),
          t.status().name(),
          t.claimedBy(),
          t.firstApprover(),
          Json.createReader(new StringReader(t.contextJson())).readObject());
    }
  }

  /** A 422 problem that names the field at fault. */
  public record FieldProblem(String type, String title, int status, String detail, String field) {
    static jakarta.ws.rs.core.Response response(String field, String detail) {
      return jakarta.ws.rs.core.Response.status(422)
          .type(Problem.MEDIA_TYPE)
          .entity(new FieldProblem("about:blank", "Unprocessable Content", 422, detail, field))
          .build();
    }
  }
}
