package id.nusatrade.ui.views.tenant;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.tenant.TenantProfile;
import id.nusatrade.ui.tenant.TenantProfileText;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** The signed-in user's tenant: name, tier, quota, price, time zone and users. */
@Route(value = "tenant", layout = MainLayout.class)
@AllowedRoles(Role.TRADER)
public class TenantProfileView extends VerticalLayout
    implements LocaleChangeObserver, HasDynamicTitle {
  private final Optional<TenantProfile> profile;
  private final Clock clock;
  private final EntitlementCatalog catalog;
  private final H2 heading = new H2();
  private final TenantDetails details = new TenantDetails();
  private final H3 usersHeading = new H3();
  private final TenantUsersGrid users = new TenantUsersGrid();
  private final Paragraph notFound = new Paragraph();

  @Inject
  public TenantProfileView(
      CurrentUser currentUser, TenantRepository tenants, Clock clock, EntitlementCatalog catalog) {
    this.profile = currentUser.get().flatMap(u -> TenantProfile.load(tenants, u));
    this.clock = clock;
    this.catalog = catalog;
    setId("tenant-profile");
    notFound.setId("tenant-not-found");
    if (profile.isPresent()) {
      add(heading, details, usersHeading, users);
    } else {
      add(heading, notFound);
    }
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("tenant.title"));
    usersHeading.setText(getTranslation("tenant.users"));
    notFound.setText(getTranslation("tenant.notfound"));
    var text = new TenantProfileText(event.getLocale(), clock, this::getTranslation, catalog);
    profile.ifPresent(
        p -> {
          details.show(p.tenant(), text, this::getTranslation);
          users.show(p.users(), text, this::getTranslation);
        });
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tenant.title") + " · Nusatrade";
  }
}
