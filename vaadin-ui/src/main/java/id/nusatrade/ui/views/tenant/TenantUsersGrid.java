package id.nusatrade.ui.views.tenant;

import com.vaadin.flow.component.grid.Grid;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.ui.tenant.TenantProfileText;
import java.util.List;
import java.util.function.Function;

/** The tenant's users: user name, e-mail, roles in the current language. */
class TenantUsersGrid extends Grid<User> {
  TenantUsersGrid() {
    super(User.class, false);
    setId("tenant-users");
    setAllRowsVisible(true);
  }

  void show(List<User> users, TenantProfileText text, Function<String, String> translate) {
    removeAllColumns();
    addColumn(User::username).setHeader(translate.apply("tenant.user.username")).setKey("username");
    addColumn(u -> u.email() == null ? "" : u.email())
        .setHeader(translate.apply("tenant.user.email"))
        .setKey("email");
    addColumn(text::roles).setHeader(translate.apply("tenant.user.roles")).setKey("roles");
    setItems(users);
  }
}
