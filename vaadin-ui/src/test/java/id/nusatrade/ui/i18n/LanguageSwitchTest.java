package id.nusatrade.ui.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.ui.support.UiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageSwitchTest extends UiTestBase {
  private static List<String> menu() {
    return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
  }

  private static String field(String id) {
    return _get(Span.class, spec -> spec.withId("tenant-" + id)).getText();
  }

  @Test
  void indonesian_is_the_default_language() {
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    navigate("tenant");

    assertThat(menu())
        .containsExactly(
            "Dasbor",
            "Grafik Langsung",
            "Profil Tenant",
            "Backtest",
            "Paket & tagihan",
            "Perdagangan",
            "Sinyal",
            "Model");
    assertThat(_get(H2.class).getText()).isEqualTo("Profil Tenant");
    assertThat(_get(Anchor.class, spec -> spec.withId("logout")).getText()).isEqualTo("Keluar");
  }

  @Test
  void choosing_english_relabels_layout_and_page_in_place() {
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    navigate("tenant");

    HasValueUtilsKt._setValue(_get(LanguagePicker.class), Languages.ENGLISH);

    assertThat(menu())
        .containsExactly(
            "Dashboard",
            "Live chart",
            "Tenant profile",
            "Backtests",
            "Plan & billing",
            "Trading",
            "Signals",
            "Models");
    assertThat(_get(H2.class).getText()).isEqualTo("Tenant profile");
    assertThat(field("quota")).isEqualTo("2,000 predictions");
    assertThat(field("price")).isEqualTo("Rp 299.000"); // rupiah keeps the Indonesian pattern
    assertThat(_get(Anchor.class, spec -> spec.withId("logout")).getText()).isEqualTo("Log out");
  }

  @Test
  void the_choice_is_remembered_for_the_session() {
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    navigate("tenant");
    HasValueUtilsKt._setValue(_get(LanguagePicker.class), Languages.ENGLISH);

    var before = UI.getCurrent();
    before.getPage().reload(); // Karibu makes a new UI in the same session
    assertThat(UI.getCurrent()).isNotSameAs(before);
    navigate("dashboard");
    assertThat(_get(H2.class).getText()).isEqualTo("Dashboard");
    assertThat(_get(LanguagePicker.class).getValue()).isEqualTo(Languages.ENGLISH);
  }
}
