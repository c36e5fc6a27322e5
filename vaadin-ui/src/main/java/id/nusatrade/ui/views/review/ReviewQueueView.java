package id.nusatrade.ui.views.review;

import com.vaadin.flow.router.Route;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.views.ComingSoonView;
import id.nusatrade.ui.views.MainLayout;

/** Review queue for compliance officers; the task list arrives with the workflow module. */
@Route(value = "review", layout = MainLayout.class)
@AllowedRoles(Role.COMPLIANCE_OFFICER)
public class ReviewQueueView extends ComingSoonView {
  public ReviewQueueView() {
    super("nav.review");
    setId("review-queue");
  }
}
