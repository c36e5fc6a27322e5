package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.Registration;
import id.nusatrade.compliance.onboarding.ResubmissionSignal;
import id.nusatrade.processes.onboarding.Onboarding;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * {@link ResubmissionSignal} on Zeebe: the message {@value Onboarding#RESUBMITTED_MESSAGE} keyed by
 * the application id, carrying the corrected registration (never the resubmission count, which the
 * process keeps).
 */
public final class ZeebeResubmissionSignal implements ResubmissionSignal {
  private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

  private final CamundaClient client;

  public ZeebeResubmissionSignal(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void resubmitted(ApplicationId id, Registration corrected) {
    Map<String, Object> variables = ZeebeOnboardingStarter.variables(id, corrected);
    variables.remove(Onboarding.RESUBMISSIONS);
    client
        .newPublishMessageCommand()
        .messageName(Onboarding.RESUBMITTED_MESSAGE)
        .correlationKey(id.toString())
        .messageId("resubmitted-" + UUID.randomUUID())
        .timeToLive(TIME_TO_LIVE)
        .variables(variables)
        .send()
        .join();
  }
}
