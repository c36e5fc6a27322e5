package id.nusatrade.ui.views.signals;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.signals.registry.InMemoryModelRegistry;
import id.nusatrade.signals.registry.ModelService;
import id.nusatrade.signals.registry.ModelStatus;
import id.nusatrade.signals.registry.RegisteredModel;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.support.BrowserlessUi;
import id.nusatrade.ui.support.DemoData;
import id.nusatrade.ui.support.FixedCurrentUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models page without a browser, on the signals module's real {@link ModelService} over an
 * in-memory registry: the shipped default is live with its out-of-sample figures and baselines, a
 * candidate is promoted and rolled back (the service's live model follows), another user's per-user
 * model is not listed, and a refusal is shown.
 */
class ModelsViewTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:05:00Z"), ZoneOffset.UTC);

  @TempDir Path modelsDir;
  final InMemoryModelRegistry registry = new InMemoryModelRegistry();
  ModelService models;

  void open(String user, TenantId tenant) {
    models =
        new ModelService(registry, modelsDir, DemoData.repository(), Catalog.standard(), CLOCK);
    BrowserlessUi.start(
        Map.of(
            CurrentUser.class,
            new FixedCurrentUser(signedIn(user, tenant, Role.TRADER)),
            TenantRepository.class,
            DemoData.repository(),
            Clock.class,
            CLOCK,
            ModelService.class,
            models));
    UI.getCurrent().navigate("models");
  }

  ModelsView view() {
    return _get(ModelsView.class);
  }

  /** A second version of {@code base} (same artifact), registered as a candidate. */
  RegisteredModel candidate(RegisteredModel base, String owner, String version) {
    return registry.register(
        new RegisteredModel(
            UUID.randomUUID(),
            base.tenant(),
            owner,
            version,
            base.kind(),
            base.featureSpec(),
            base.horizon(),
            null,
            null,
            0,
            "{}",
            base.artifactDir(),
            ModelStatus.CANDIDATE,
            CLOCK.instant(),
            CLOCK.instant(),
            null));
  }

  void select(String version) {
    view()
        .grid
        .select(
            view().shown().stream()
                .filter(m -> m.version().equals(version))
                .findFirst()
                .orElseThrow());
  }

  @AfterEach
  void stop() {
    BrowserlessUi.stop();
  }

  @Test
  void the_shipped_default_is_live_with_its_out_of_sample_figures_beside_the_baselines() {
    open("trader-a", TENANT_A);

    assertThat(view().liveModel.getText())
        .isEqualTo("Model aktif: lightgbm-0d608510d42a (lightgbm)");
    assertThat(view().shown()).hasSize(1);
    // docs/models.md: 0.547 [0.528, 0.566] against 0.499 (majority) and 0.490 (persistence)
    var row = view().shown().get(0);
    assertThat(id.nusatrade.signals.registry.ModelMetrics.of(row).balancedAccuracy())
        .isBetween(0.547, 0.548);
    assertThat(row.status()).isEqualTo(ModelStatus.LIVE);
    assertThat(GridKt._getFormattedRow(view().grid, 0))
        .contains("0,547 [0,528, 0,566]", "0,499 / 0,490", "0,576");
    select("lightgbm-0d608510d42a");
    assertThat(view().promote.isEnabled()).isFalse();
    assertThat(view().rollback.isEnabled()).as("the default replaced no model").isFalse();
  }

  @Test
  void promote_then_roll_back_change_the_live_model_the_feed_decides_with() {
    open("trader-a", TENANT_A);
    RegisteredModel first = models.live(TENANT_A);
    RegisteredModel next = candidate(first, null, "lightgbm-next");
    view().refresh();

    select("lightgbm-next");
    _click(view().promote);

    assertThat(models.live(TENANT_A).id()).isEqualTo(next.id());
    assertThat(view().liveModel.getText()).isEqualTo("Model aktif: lightgbm-next (lightgbm)");
    assertThat(view().shown().get(0).status()).isEqualTo(ModelStatus.LIVE); // newest first
    assertThat(view().shown().get(1).status()).isEqualTo(ModelStatus.RETIRED);

    assertThat(view().rollback.isEnabled()).isTrue(); // still selected, now live
    _click(view().rollback);

    assertThat(models.live(TENANT_A).id()).isEqualTo(first.id());
    assertThat(view().error.getText()).isEmpty();
  }

  @Test
  void another_users_model_is_not_listed_and_a_plan_without_custom_models_is_refused() {
    open("trader-a", TENANT_A);
    RegisteredModel base = models.live(TENANT_A);
    candidate(base, "trader-other", "lightgbm-theirs");
    candidate(base, "trader-a", "lightgbm-mine");
    view().refresh();

    assertThat(view().shown())
        .extracting(RegisteredModel::version)
        .containsExactly("lightgbm-mine", "lightgbm-0d608510d42a");

    select("lightgbm-mine");
    _click(view().promote); // Pro: per-user models not included

    assertThat(view().error.getText()).startsWith("Ditolak: per-user models");
    assertThat(models.live(TENANT_A).id()).isEqualTo(base.id());
  }

  @Test
  void tenants_are_apart() {
    open("trader-a", TENANT_A);
    candidate(models.live(TENANT_A), null, "lightgbm-a-only");
    BrowserlessUi.stop();

    open("trader-b", TENANT_B);

    assertThat(view().shown())
        .extracting(RegisteredModel::version)
        .doesNotContain("lightgbm-a-only");
  }
}
