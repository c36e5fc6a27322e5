package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.OnboardingProcessStarter;
import id.nusatrade.compliance.onboarding.Registration;
import id.nusatrade.processes.onboarding.Onboarding;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link OnboardingProcessStarter} on Zeebe: a new instance of the latest {@code onboarding} with
 * the registration as its variables (no resubmissions yet).
 */
public final class ZeebeOnboardingStarter implements OnboardingProcessStarter {
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  private final CamundaClient client;

  public ZeebeOnboardingStarter(CamundaClient client) {
    this.client = client;
  }

  @Override
  public long start(ApplicationId id, Registration registration) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(Onboarding.PROCESS.processId())
        .latestVersion()
        .variables(variables(id, registration))
        .requestTimeout(PATIENCE)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  static Map<String, Object> variables(ApplicationId id, Registration registration) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Onboarding.APPLICATION_ID, id.toString());
    variables.put(Onboarding.FULL_NAME, registration.fullName());
    variables.put(Onboarding.EMAIL, registration.email());
    if (registration.phone() != null && !registration.phone().isBlank()) {
      variables.put(Onboarding.PHONE, registration.phone());
    }
    variables.put(Onboarding.NIK, registration.nik());
    variables.put(Onboarding.DATE_OF_BIRTH, registration.dateOfBirth());
    variables.put(Onboarding.USERNAME, registration.username());
    variables.put(Onboarding.RESUBMISSIONS, 0);
    return variables;
  }
}
