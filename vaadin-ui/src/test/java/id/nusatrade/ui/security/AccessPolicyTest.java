package id.nusatrade.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.ui.views.HomeView;
import id.nusatrade.ui.views.access.AccessDeniedView;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");

  static class ForgottenView {}

  @AllowedRoles(Role.COMPLIANCE_OFFICER)
  static class OfficersView {}

  private static SignedInUser user(Role role) {
    return new SignedInUser(role.claim(), TENANT, Set.of(role));
  }

  @Test
  void aViewThatDeclaresNothingIsOpenToNobodyNotEvenAdmins() {
    for (Role role : Role.values()) {
      assertThat(AccessPolicy.mayOpen(user(role), ForgottenView.class)).as(role.claim()).isFalse();
    }
  }

  @Test
  void declaredRolesAndAdminsMayOpenAGatedView() {
    assertThat(AccessPolicy.mayOpen(user(Role.COMPLIANCE_OFFICER), OfficersView.class)).isTrue();
    assertThat(AccessPolicy.mayOpen(user(Role.ADMIN), OfficersView.class)).isTrue();
    assertThat(AccessPolicy.mayOpen(user(Role.TRADER), OfficersView.class)).isFalse();
  }

  @Test
  void theRootUrlIsOpenToEverySignedInUser() {
    for (Role role : Role.values()) {
      assertThat(AccessPolicy.mayOpen(user(role), HomeView.class)).as(role.claim()).isTrue();
    }
  }

  @Test
  void everyRouteOfTheUiDeclaresWhoMayOpenIt() throws Exception {
    List<Class<?>> routes = routes();
    assertThat(routes).hasSizeGreaterThan(5);
    assertThat(routes)
        .filteredOn(view -> view != AccessDeniedView.class)
        .allSatisfy(
            view ->
                assertThat(
                        view.isAnnotationPresent(AllowedRoles.class)
                            || view.isAnnotationPresent(EverySignedInUser.class))
                    .as(view.getName())
                    .isTrue());
  }

  /** Every {@code @Route} class compiled from src/main. */
  private static List<Class<?>> routes() throws IOException, URISyntaxException {
    Path classes =
        Path.of(AccessPolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replace(".class", ""))
          .<Class<?>>map(AccessPolicyTest::load)
          .filter(c -> c.isAnnotationPresent(Route.class))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AccessPolicyTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
