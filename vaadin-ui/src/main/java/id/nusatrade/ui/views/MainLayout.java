package id.nusatrade.ui.views;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import id.nusatrade.ui.i18n.LanguagePicker;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.SignedInUser;
import jakarta.inject.Inject;
import java.util.Optional;

/** The shell around every page: title, user, language picker, logout, role-filtered SideNav. */
public class MainLayout extends AppLayout implements LocaleChangeObserver {
  private final Optional<SignedInUser> user;
  private final SideNav nav = new SideNav();
  private final Span title = new Span("Nusatrade");
  private final Span who = new Span();
  private final Anchor logout = new Anchor("logout", "");

  @Inject
  public MainLayout(CurrentUser currentUser) {
    this.user = currentUser.get();
    nav.setId("side-nav");
    who.setId("current-user");
    logout.setId("logout");
    // A plain link so the browser leaves the Vaadin app and the logout servlet ends the session.
    logout.setRouterIgnore(true);
    title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
    HorizontalLayout right = new HorizontalLayout(who, new LanguagePicker(), logout);
    right.setAlignItems(FlexComponent.Alignment.CENTER);
    right.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
    addToNavbar(new DrawerToggle(), title, right);
    addToDrawer(nav);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    logout.setText(getTranslation("layout.logout"));
    who.setText(user.map(u -> u.username()).orElse(""));
    nav.removeAll();
    user.map(Navigation::visibleTo).orElse(java.util.List.of()).forEach(this::addEntry);
  }

  private void addEntry(Navigation.Entry entry) {
    var item =
        new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create());
    item.setId("nav-" + entry.labelKey().substring("nav.".length()));
    nav.addItem(item);
  }
}
