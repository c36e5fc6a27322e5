package id.nusatrade.ui.views;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.security.EverySignedInUser;
import id.nusatrade.ui.views.access.AccessDeniedView;
import jakarta.inject.Inject;

/** The root URL: forwards each user to the first page their role opens. */
@Route(value = "", layout = MainLayout.class)
@EverySignedInUser
public class HomeView extends Div implements BeforeEnterObserver {
  private final CurrentUser currentUser;

  @Inject
  public HomeView(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    currentUser.get().map(Navigation::visibleTo).stream()
        .flatMap(java.util.List::stream)
        .findFirst()
        .ifPresentOrElse(
            first -> event.forwardTo(first.view()), () -> event.forwardTo(AccessDeniedView.class));
  }
}
