package id.nusatrade.ui.views.rules;

import com.vaadin.flow.router.Route;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.views.ComingSoonView;
import id.nusatrade.ui.views.MainLayout;

/** Rule editor for business staff; editing arrives with the rules module's versioning service. */
@Route(value = "rules", layout = MainLayout.class)
@AllowedRoles(Role.BUSINESS_STAFF)
public class RulesView extends ComingSoonView {
  public RulesView() {
    super("nav.rules");
    setId("rules");
  }
}
