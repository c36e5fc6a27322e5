package id.nusatrade.ui.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.support.BrowserlessUi;
import id.nusatrade.ui.support.UiTestBase;
import id.nusatrade.ui.views.access.AccessDeniedView;
import id.nusatrade.ui.views.dashboard.DashboardView;
import id.nusatrade.ui.views.review.ReviewQueueView;
import id.nusatrade.ui.views.rules.RulesView;
import id.nusatrade.ui.views.tenant.TenantProfileView;
import org.junit.jupiter.api.Test;

class RouteAccessTest extends UiTestBase {
  @Test
  void trader_typing_the_review_queue_url_gets_access_denied() {
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    navigate("review");

    _get(AccessDeniedView.class);
    _assertNone(ReviewQueueView.class);
    assertThat(_get(H2.class).getText()).isEqualTo("Akses ditolak");
  }

  @Test
  void compliance_officer_cannot_open_the_tenant_profile_or_rules() {
    signIn(signedIn("officer-a", TENANT_A, Role.COMPLIANCE_OFFICER));
    navigate("tenant");
    _assertNone(TenantProfileView.class);
    _get(AccessDeniedView.class);

    navigate("rules");
    _assertNone(RulesView.class);
    _get(AccessDeniedView.class);
  }

  @Test
  void compliance_officer_opens_the_review_queue() {
    signIn(signedIn("officer-a", TENANT_A, Role.COMPLIANCE_OFFICER));
    navigate("review");

    _get(ReviewQueueView.class);
  }

  @Test
  void admin_opens_every_role_gated_page() {
    signIn(signedIn("admin", TENANT_A, Role.ADMIN));
    for (String route : new String[] {"dashboard", "chart", "tenant", "review", "rules"}) {
      navigate(route);
      _assertNone(AccessDeniedView.class);
    }
  }

  @Test
  void root_url_forwards_each_role_to_its_first_page() {
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    navigate("");
    _get(DashboardView.class);
    BrowserlessUi.stop();

    signIn(signedIn("staff-a", TENANT_A, Role.BUSINESS_STAFF));
    navigate("");
    _get(RulesView.class);
    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("rules");
  }
}
