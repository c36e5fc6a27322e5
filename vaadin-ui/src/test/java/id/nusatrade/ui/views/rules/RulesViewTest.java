package id.nusatrade.ui.views.rules;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.lifecycle.DryRun;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.Side;
import id.nusatrade.rules.store.StoredVersion;
import id.nusatrade.ui.rules.RuleEditing;
import id.nusatrade.ui.support.UiTestBase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The rule editor on the real rule lifecycle (compiler, policy, scenarios) over an in-memory store:
 * the maximum daily loss of the standard profile is 50,000,000 in the shipped table, and the
 * shipped scenarios expect a loss of 49,999,999 to be allowed and one of 50,000,000 to halt. The
 * rules' clock is Wednesday 2 December 2026 10:00 WIB, inside the FX session.
 */
class RulesViewTest extends UiTestBase {
  private static final String AT = "2026-12-02 03:00:00 UTC";

  RulesViewTest() {
    rulesClock = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);
  }

  /** An order of 1,000 EURUSD at 1.1 by an account that lost 45,000,000 today. */
  private static final DryRun AFTER_45M_LOSS =
      new DryRun(
          "EURUSD",
          Side.BUY,
          new BigDecimal("1000"),
          new BigDecimal("1.1"),
          "acc",
          new BigDecimal("45000000"));

  private static <T extends Component> T byId(Class<T> type, String id) {
    return _get(type, spec -> spec.withId(id));
  }

  private static String text(String id) {
    return byId(Span.class, id).getText();
  }

  private static void click(String id) {
    ButtonKt._click(byId(Button.class, id));
  }

  private static void tab(String id) {
    _get(TabSheet.class).setSelectedTab(byId(Tab.class, id));
  }

  @SuppressWarnings("unchecked")
  private static <T> Grid<T> grid(String id) {
    return byId(Grid.class, id);
  }

  private static List<List<String>> rows(String id) {
    Grid<Object> g = grid(id);
    return IntStream.range(0, GridKt._size(g))
        .mapToObj(i -> GridKt._getFormattedRow(g, i))
        .toList();
  }

  /** What the editor's running rules (those its publishes swap) say about the 45M-loss intent. */
  private static Decision liveDecision() {
    return VaadinService.getCurrent()
        .getInstantiator()
        .getOrCreate(RuleEditing.class)
        .lifecycle()
        .evaluate(AFTER_45M_LOSS);
  }

  /** Lowers the standard profile's maximum daily loss in the grid's editor. */
  private static void setStandardMaxDailyLoss(String value) {
    tab("rules-tab-edit");
    LimitsGrid limits = byId(LimitsGrid.class, "rules-limits");
    limits.edit("maxDailyLoss");
    HasValueUtilsKt._setValue(byId(TextField.class, "rules-limit-standard"), value);
    limits.getEditor().cancel();
  }

  private void openAs(String user) {
    signIn(signedIn(user, TENANT_A, Role.BUSINESS_STAFF));
    navigate("rules");
  }

  @Test
  void shows_the_live_version_and_its_history_in_indonesian() {
    openAs("staff-a");

    assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Editor Aturan");
    assertThat(text("rules-live"))
        .isEqualTo("Aktif: versi 1 oleh system, " + AT + " (shipped defaults)");
    assertThat(rows("rules-versions"))
        .containsExactly(List.of("1", "system", AT, "shipped defaults"));
    tab("rules-tab-edit");
    assertThat(byId(Button.class, "rules-test").getText()).isEqualTo("Jalankan skenario");
    assertThat(byId(Button.class, "rules-test").isEnabled()).isFalse();
  }

  @Test
  void the_grid_edits_one_cell_of_the_limit_table() {
    openAs("staff-a");

    setStandardMaxDailyLoss("40000000");

    String limits = byId(LimitsGrid.class, "rules-limits").text();
    assertThat(limits).contains("\nmaxDailyLoss,40000000,10000000,Net loss of the trading day");
    assertThat(limits)
        .isEqualTo(
            RuleArea.RISK
                .shipped("risk-limits.csv")
                .replace("maxDailyLoss,50000000,", "maxDailyLoss,40000000,"));
  }

  @Test
  void a_lower_daily_loss_fails_a_scenario_until_the_scenario_moves_then_publish_and_rollback() {
    openAs("staff-a");
    assertThat(liveDecision().outcome()).isEqualTo(Outcome.ALLOW);

    setStandardMaxDailyLoss("40000000");
    HasValueUtilsKt._setValue(byId(TextField.class, "rules-comment"), "daily loss 40 million");
    click("rules-save-draft");
    assertThat(text("rules-status")).startsWith("Draf 3 tersimpan");
    click("rules-test");

    // 49,999,999 >= 40,000,000: the shipped scenario that expects ALLOW now fails, the others pass
    List<List<String>> results = rows("rules-results");
    assertThat(text("rules-status"))
        .isEqualTo((results.size() - 1) + " dari " + results.size() + " skenario lulus.");
    assertThat(results.stream().filter(r -> r.get(0).equals("GAGAL")).map(r -> r.get(1)))
        .containsExactly("a loss of 49,999,999 is below the maximum daily loss");
    assertThat(results.stream().filter(r -> r.get(0).equals("LULUS"))).hasSize(results.size() - 1);

    click("rules-publish");
    assertThat(text("rules-status")).isEqualTo("Ditolak: 1 masalah, lihat daftar di bawah.");
    assertThat(rows("rules-errors").getFirst().get(2))
        .startsWith("FAIL a loss of 49,999,999 is below the maximum daily loss");
    assertThat(liveDecision().outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(announced).isEmpty();

    // the business user moves the scenario to the new limit and publishes
    tab("rules-tab-scenarios");
    TextArea scenarios = byId(TextArea.class, "rules-scenarios");
    HasValueUtilsKt._setValue(
        scenarios,
        scenarios
            .getValue()
            .replace("a loss of 49,999,999 is below", "a loss of 39,999,999 is below")
            .replace("realized: -49999999", "realized: -39999999"));
    click("rules-save-scenarios");
    assertThat(text("rules-status")).isEqualTo("Skenario tersimpan.");
    tab("rules-tab-edit");
    click("rules-test");
    assertThat(rows("rules-results")).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("LULUS"));
    click("rules-publish");

    assertThat(text("rules-status")).isEqualTo("Versi 2 sekarang aktif.");
    assertThat(announced).extracting(StoredVersion::version).containsExactly(2L);
    Decision halted = liveDecision();
    assertThat(halted.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(halted.reasonCodes()).containsExactly("MAX_DAILY_LOSS");
    assertThat(halted.version()).isEqualTo(2);
    assertThat(audit.events)
        .extracting(e -> e.action())
        .contains("rules.scenarios.saved", "rules.published");

    // version 2's diff to version 1 is the one changed line of the limit table
    tab("rules-tab-versions");
    Grid<StoredVersion> versions = grid("rules-versions");
    assertThat(rows("rules-versions").getFirst())
        .containsExactly("2", "staff-a", AT, "daily loss 40 million");
    versions.select(GridKt._get(versions, 0));
    assertThat(byId(Pre.class, "rules-version-diff").getText())
        .isEqualTo(
            "risk-limits.csv -7 maxDailyLoss,50000000,10000000,Net loss of the trading day at which"
                + " the account is HALTED until the next session\n"
                + "risk-limits.csv +7 maxDailyLoss,40000000,10000000,Net loss of the trading day at"
                + " which the account is HALTED until the next session");
    assertThat(byId(Button.class, "rules-rollback").isEnabled()).isFalse();

    // roll back to version 1: the old limit judges the same intent again
    versions.select(GridKt._get(versions, 1));
    click("rules-rollback");
    assertThat(text("rules-status")).isEqualTo("Versi 1 aktif kembali.");
    assertThat(announced).extracting(StoredVersion::version).containsExactly(2L, 1L);
    assertThat(liveDecision().outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(liveDecision().version()).isEqualTo(1);
  }

  @Test
  void invalid_or_hostile_drl_is_refused_with_file_and_line_and_nothing_changes() {
    openAs("staff-a");
    tab("rules-tab-edit");
    TextArea drl = byId(TextArea.class, "rules-drl");
    String shipped = drl.getValue();
    String[] lines = shipped.split("\n", -1);
    // the daily-loss rule's "rule" line: insert a file-system call after its "then"
    int line = 1;
    while (!lines[line - 1].startsWith("rule \"An account that lost the maximum daily loss")) {
      line++;
    }
    StringBuilder hostile = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      hostile.append(lines[i]).append('\n');
      if (i == line - 1 + 4) { // after the "then", four lines below: the call's line is line + 5
        hostile.append("  java.nio.file.Files.delete(java.nio.file.Path.of(\"/tmp/x\"));\n");
      }
    }
    HasValueUtilsKt._setValue(drl, hostile.toString());
    click("rules-save-draft");

    List<List<String>> errors = rows("rules-errors");
    assertThat(errors).isNotEmpty();
    assertThat(errors.getFirst().get(0)).isEqualTo("risk.drl");
    assertThat(errors.getFirst().get(1)).isEqualTo(Integer.toString(line + 5));
    assertThat(text("rules-status")).startsWith("Ditolak:");
    assertThat(byId(Button.class, "rules-publish").isEnabled()).isFalse();
    assertThat(ruleStore.versions(RuleArea.RISK)).hasSize(1);

    HasValueUtilsKt._setValue(drl, shipped.replace("rule \"A halted", "rul \"A halted"));
    click("rules-save-draft");
    String halted =
        Integer.toString(
            List.of(lines).indexOf("rule \"A halted account places no new orders\"") + 1);
    assertThat(rows("rules-errors")).anySatisfy(r -> assertThat(r).startsWith("risk.drl", halted));
  }

  @Test
  void four_eyes_the_author_requests_and_a_second_staff_user_approves() {
    fourEyes = true;
    openAs("staff-a");
    setStandardMaxDailyLoss("49999999.5"); // no scenario moves: 49,999,999 < x <= 50,000,000
    assertThat(byId(Button.class, "rules-publish").getText())
        .isEqualTo("Ajukan persetujuan terbit");
    click("rules-save-draft");
    click("rules-publish");
    assertThat(text("rules-status")).isEqualTo("Draf 3 menunggu persetujuan staf bisnis lain.");
    assertThat(announced).isEmpty();

    tab("rules-tab-approvals");
    Grid<Object> pending = grid("rules-pending");
    assertThat(rows("rules-pending")).containsExactly(List.of("3", "staff-a", AT));
    pending.select(GridKt._get(pending, 0));
    click("rules-approve");
    assertThat(text("rules-status")).startsWith("Empat mata:");
    assertThat(ruleStore.versions(RuleArea.RISK)).hasSize(1);

    openAs("staff-a2");
    tab("rules-tab-approvals");
    Grid<Object> again = grid("rules-pending");
    again.select(GridKt._get(again, 0));
    click("rules-approve");
    assertThat(text("rules-status")).isEqualTo("Versi 2 sekarang aktif.");
    assertThat(announced).extracting(StoredVersion::version).containsExactly(2L);
    assertThat(ruleStore.versions(RuleArea.RISK).getFirst().author()).isEqualTo("staff-a2");
    assertThat(rows("rules-pending")).isEmpty();
  }

  @Test
  void compares_two_versions_side_by_side() {
    openAs("staff-a");
    setStandardMaxDailyLoss("49999999.5");
    click("rules-save-draft");
    click("rules-publish");

    tab("rules-tab-compare");
    @SuppressWarnings("unchecked")
    Select<Long> left = byId(Select.class, "rules-compare-left");
    @SuppressWarnings("unchecked")
    Select<Long> right = byId(Select.class, "rules-compare-right");
    assertThat(left.getValue()).isEqualTo(1L);
    assertThat(right.getValue()).isEqualTo(2L);
    List<List<String>> changed =
        rows("rules-compare-limits").stream().filter(r -> !r.get(2).isEmpty()).toList();
    assertThat(changed)
        .containsExactly(
            List.of(
                "7",
                "maxDailyLoss,50000000,10000000,Net loss of the trading day at which the account is"
                    + " HALTED until the next session",
                "≠",
                "7",
                "maxDailyLoss,49999999.5,10000000,Net loss of the trading day at which the account"
                    + " is HALTED until the next session"));
    assertThat(rows("rules-compare-drl")).allSatisfy(r -> assertThat(r.get(2)).isEmpty());
  }
}
