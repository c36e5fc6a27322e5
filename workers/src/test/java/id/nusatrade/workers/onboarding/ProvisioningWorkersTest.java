package id.nusatrade.workers.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.support.FakeGateway;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.compliance.account.DirectoryUser;
import id.nusatrade.compliance.account.IdentityProvider;
import id.nusatrade.compliance.account.IdentityProviderException;
import id.nusatrade.compliance.account.NewDirectoryUser;
import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.UserId;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.BpmnErrorException;
import id.nusatrade.workers.JobInput;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** create-account and provision-tenant as the engine hands them their jobs, with no engine. */
class ProvisioningWorkersTest {
  private static final String APPLICATION = "0f3c1e9a-6b7d-4c2e-9a51-2d8e4f6a7b90";
  private static final String KEYCLOAK_ID = "5b1e7c2a-9d3f-4e8b-a6c4-1f2d3e4a5b6c";

  @Test
  void createAccountReturnsTheUserAndTheTenantDerivedFromTheApplication() {
    OneUserDirectory directory = new OneUserDirectory();
    Map<String, Object> out =
        new CreateAccountWorker(new TraderAccounts(directory, null, new SecureRandom(), "/"))
            .handle(job(Map.of()));

    assertThat(out)
        .containsEntry(Onboarding.USER_ID, KEYCLOAK_ID)
        .containsEntry(
            Onboarding.TENANT_ID,
            TraderAccounts.tenantOf(ApplicationId.parse(APPLICATION)).toString());
  }

  @Test
  void aUsernameOfSomeoneElseIsTheUsernameTakenBpmnError() {
    OneUserDirectory directory = new OneUserDirectory();
    directory.existing =
        new DirectoryUser(
            "someone", "siti", Map.of(TraderAccounts.APPLICATION_ATTRIBUTE, List.of("other")));
    CreateAccountWorker worker =
        new CreateAccountWorker(new TraderAccounts(directory, null, new SecureRandom(), "/"));

    assertThatThrownBy(() -> worker.handle(job(Map.of())))
        .isInstanceOfSatisfying(
            BpmnErrorException.class,
            e -> assertThat(e.errorCode()).isEqualTo(Onboarding.USERNAME_TAKEN_ERROR));
  }

  @Test
  void keycloakUnreachableFailsTheJobForARetryInsteadOfAnError() {
    OneUserDirectory directory = new OneUserDirectory();
    directory.down = true;
    CreateAccountWorker worker =
        new CreateAccountWorker(new TraderAccounts(directory, null, new SecureRandom(), "/"));

    assertThatThrownBy(() -> worker.handle(job(Map.of())))
        .isInstanceOf(IdentityProviderException.class);
  }

  @Test
  void provisionTenantOpensTheFreeTenantWithTheTraderOnceEvenWhenRedelivered() {
    InMemoryBillingStore store = new InMemoryBillingStore();
    ProvisionTenantWorker worker =
        new ProvisionTenantWorker(
            new SubscriptionService(
                Catalog.standard(),
                store,
                new FakeGateway(),
                TaxRate.PPN_DEFAULT,
                Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC)));
    Map<String, Object> job = Map.of(Onboarding.USER_ID, KEYCLOAK_ID);

    Map<String, Object> out = worker.handle(job(job));
    worker.handle(job(job));

    TenantId tenant = TraderAccounts.tenantOf(ApplicationId.parse(APPLICATION));
    assertThat(out).containsEntry(Onboarding.TENANT_ID, tenant.toString());
    assertThat(store.tiers).containsEntry(tenant, Tier.FREE);
    assertThat(store.subscriptions.get(tenant).tier()).isEqualTo(Tier.FREE);
    assertThat(store.tenantNames).containsEntry(tenant, "Siti Rahayu");
    assertThat(store.users).containsOnlyKeys(UserId.of(KEYCLOAK_ID));
    assertThat(store.users.get(UserId.of(KEYCLOAK_ID)).tenantId()).isEqualTo(tenant);
  }

  private static JobInput job(Map<String, Object> more) {
    Map<String, Object> variables = new java.util.HashMap<>(more);
    variables.put(Onboarding.APPLICATION_ID, APPLICATION);
    variables.put(Onboarding.USERNAME, "siti");
    variables.put(Onboarding.EMAIL, "siti@example.id");
    variables.put(Onboarding.FULL_NAME, "Siti Rahayu");
    return new JobInput(1L, "test", 5, variables);
  }

  private static final class OneUserDirectory implements IdentityProvider {
    DirectoryUser existing;
    boolean down;

    @Override
    public Optional<DirectoryUser> findByUsername(String username) {
      if (down) {
        throw new IdentityProviderException("connection refused");
      }
      return Optional.ofNullable(existing);
    }

    @Override
    public String create(NewDirectoryUser user) {
      existing =
          new DirectoryUser(
              KEYCLOAK_ID,
              user.username(),
              Map.of(
                  TraderAccounts.APPLICATION_ATTRIBUTE,
                  List.of(user.attributes().get(TraderAccounts.APPLICATION_ATTRIBUTE))));
      return KEYCLOAK_ID;
    }

    @Override
    public void grantRealmRole(String userId, String role) {}

    @Override
    public void setPassword(String userId, String password, boolean temporary) {}
  }
}
