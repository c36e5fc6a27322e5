package id.nusatrade.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import id.nusatrade.ui.views.access.AccessDeniedView;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks every navigation against {@link AccessPolicy}: a typed-in URL for another role's view
 * lands on {@link AccessDeniedView}, not on the view. Hiding navigation links is only cosmetic.
 */
public class RouteGuard implements BeforeEnterListener {
  private final CurrentUser currentUser;

  @Inject
  public RouteGuard(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Class<?> target = event.getNavigationTarget();
    if (target == AccessDeniedView.class) {
      return;
    }
    Optional<SignedInUser> user = currentUser.get();
    if (user.isEmpty() || !AccessPolicy.mayOpen(user.get(), target)) {
      event.rerouteTo(AccessDeniedView.class);
    }
  }
}
