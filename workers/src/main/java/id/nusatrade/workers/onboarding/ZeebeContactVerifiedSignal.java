package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.ContactVerifiedSignal;
import id.nusatrade.processes.onboarding.Onboarding;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;

/**
 * {@link ContactVerifiedSignal} on Zeebe: the message {@value Onboarding#CONTACT_VERIFIED_MESSAGE}
 * keyed by the application id, with a message id per application so a second signal is the same
 * message (ALREADY_EXISTS counts as done).
 */
public final class ZeebeContactVerifiedSignal implements ContactVerifiedSignal {
  private static final Duration TIME_TO_LIVE = Duration.ofMinutes(15);

  private final CamundaClient client;

  public ZeebeContactVerifiedSignal(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void contactVerified(ApplicationId id) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(Onboarding.CONTACT_VERIFIED_MESSAGE)
          .correlationKey(id.toString())
          .messageId("contact-verified-" + id)
          .timeToLive(TIME_TO_LIVE)
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
