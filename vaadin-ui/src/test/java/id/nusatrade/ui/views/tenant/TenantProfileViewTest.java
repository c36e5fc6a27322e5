package id.nusatrade.ui.views.tenant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.support.UiTestBase;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TenantProfileViewTest extends UiTestBase {
  private static String field(String id) {
    return _get(Span.class, spec -> spec.withId("tenant-" + id)).getText();
  }

  @Test
  void shows_the_pro_tenant_with_rupiah_price_and_wib_local_time() {
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    navigate("tenant");

    assertThat(field("name")).isEqualTo("PT Demo Nusantara");
    assertThat(field("tier")).isEqualTo("Pro");
    assertThat(field("quota")).isEqualTo("2.000 prediksi");
    assertThat(field("price")).isEqualTo("Rp 299.000");
    assertThat(field("zone")).isEqualTo("WIB (Asia/Jakarta)");
    // 10:05 UTC is 17:05 in Jakarta (UTC+7, no daylight saving).
    assertThat(field("local-time")).isEqualTo("21 Nov 2026 17:05 WIB");
  }

  @Test
  void lists_only_the_users_of_the_callers_tenant() {
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    navigate("tenant");

    @SuppressWarnings("unchecked")
    Grid<Object> users = _get(Grid.class, spec -> spec.withId("tenant-users"));
    var names =
        IntStream.range(0, GridKt._size(users))
            .mapToObj(i -> GridKt._getFormattedRow(users, i).get(0))
            .toList();
    assertThat(names).containsExactly("admin", "officer-a", "staff-a", "trader-a");
    assertThat(GridKt._getFormattedRow(users, 0).get(2)).isEqualTo("Admin");
  }

  @Test
  void free_tenant_in_wita_shows_zero_rupiah_and_makassar_time() {
    signIn(signedIn("trader-b", TENANT_B, Role.TRADER));
    navigate("tenant");

    assertThat(field("name")).isEqualTo("CV Contoh Borneo");
    assertThat(field("quota")).isEqualTo("100 prediksi");
    assertThat(field("price")).isEqualTo("Rp 0");
    // UTC+8 in Makassar.
    assertThat(field("local-time")).isEqualTo("21 Nov 2026 18:05 WITA");
  }
}
