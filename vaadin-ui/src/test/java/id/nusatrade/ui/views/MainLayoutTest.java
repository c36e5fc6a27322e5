package id.nusatrade.ui.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.support.UiTestBase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MainLayoutTest extends UiTestBase {
  static Stream<Arguments> menus() {
    return Stream.of(
        Arguments.of(
            "trader-a",
            Role.TRADER,
            List.of(
                "Dasbor",
                "Grafik Langsung",
                "Profil Tenant",
                "Backtest",
                "Paket & tagihan",
                "Perdagangan",
                "Sinyal",
                "Model")),
        Arguments.of(
            "officer-a", Role.COMPLIANCE_OFFICER, List.of("Antrean Tinjauan", "Riwayat Proses")),
        Arguments.of("staff-a", Role.BUSINESS_STAFF, List.of("Aturan")),
        Arguments.of(
            "admin",
            Role.ADMIN,
            List.of(
                "Dasbor",
                "Grafik Langsung",
                "Profil Tenant",
                "Antrean Tinjauan",
                "Aturan",
                "Backtest",
                "Paket & tagihan",
                "Perdagangan",
                "Sinyal",
                "Model",
                "Riwayat Proses")));
  }

  @ParameterizedTest(name = "{1} sees {2}")
  @MethodSource("menus")
  void side_navigation_lists_only_the_pages_the_role_allows(
      String username, Role role, List<String> expected) {
    signIn(signedIn(username, TENANT_A, role));
    navigate("access-denied"); // a page every role may open, so the layout is shown

    assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).isEqualTo(expected);
  }
}
