package id.nusatrade.ui.views.dashboard;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;

/** The trader's landing page: a greeting now; signals and positions join as their modules land. */
@Route(value = "dashboard", layout = MainLayout.class)
@AllowedRoles(Role.TRADER)
public class DashboardView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
  private final String username;
  private final H2 heading = new H2();
  private final Paragraph welcome = new Paragraph();
  private final Paragraph upcoming = new Paragraph();

  @Inject
  public DashboardView(CurrentUser currentUser) {
    this.username = currentUser.get().map(SignedInUser::username).orElse("");
    setId("dashboard");
    welcome.setId("welcome");
    add(heading, welcome, upcoming);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    heading.setText(getTranslation("nav.dashboard"));
    welcome.setText(getTranslation("dashboard.welcome", username));
    upcoming.setText(getTranslation("dashboard.upcoming"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.dashboard") + " · Nusatrade";
  }
}
