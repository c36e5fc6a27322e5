package id.nusatrade.workers.onboarding;

import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;
import java.util.Set;

/**
 * Job {@value Onboarding#PROVISION_TENANT_JOB}: the new trader's tenant on Free with the trader as
 * its first user ({@link SubscriptionService#openFreeTenant}); out {@value Onboarding#TENANT_ID}.
 * The tenant id is derived from the application (its primary key makes a redelivery a no-op).
 */
public final class ProvisionTenantWorker implements JobHandler {
  /** New tenants' zone until the trader changes it (Jakarta). */
  public static final String TIME_ZONE = "WIB";

  private final SubscriptionService subscriptions;

  public ProvisionTenantWorker(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    TenantId tenant =
        TraderAccounts.tenantOf(ApplicationId.parse(job.requireText(Onboarding.APPLICATION_ID)));
    User owner =
        new User(
            UserId.of(job.requireText(Onboarding.USER_ID)),
            tenant,
            job.requireText(Onboarding.USERNAME),
            job.requireText(Onboarding.EMAIL),
            Set.of(Role.TRADER));
    subscriptions.openFreeTenant(tenant, job.requireText(Onboarding.FULL_NAME), TIME_ZONE, owner);
    return Map.of(Onboarding.TENANT_ID, tenant.toString());
  }
}
