package id.nusatrade.ui.views.billing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.nusatrade.ui.support.DemoData.TENANT_A;
import static id.nusatrade.ui.support.DemoData.TENANT_B;
import static id.nusatrade.ui.support.DemoData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.Plan;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.ui.i18n.LanguagePicker;
import id.nusatrade.ui.i18n.Languages;
import id.nusatrade.ui.support.UiTestBase;
import id.nusatrade.ui.views.access.AccessDeniedView;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PlanViewTest extends UiTestBase {
  private static String span(String id) {
    return _get(Span.class, spec -> spec.withId(id)).getText();
  }

  private static List<List<String>> rows(String gridId) {
    Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
    return IntStream.range(0, GridKt._size(grid))
        .mapToObj(i -> GridKt._getFormattedRow(grid, i))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static void choosePlan(String id) {
    Select<Plan> plans = _get(Select.class, spec -> spec.withId("plan-change-plan"));
    Plan plan = Catalog.standard().versionAt(NOW).plan(new PlanId(id)).orElseThrow();
    HasValueUtilsKt._setValue(plans, plan);
  }

  @SuppressWarnings("unchecked")
  private static void chooseMethod(PaymentMethod method) {
    HasValueUtilsKt._setValue(
        _get(Select.class, spec -> spec.withId("plan-change-method")), method);
  }

  private static void clickChange() {
    ButtonKt._click(_get(Button.class, spec -> spec.withId("plan-change")));
  }

  private static String outcome() {
    return _get(Paragraph.class, spec -> spec.withId("plan-change-outcome")).getText();
  }

  @Test
  void a_free_tenant_sees_its_plan_and_predictions_used_against_the_quota() {
    UsageService usage =
        new UsageService(Catalog.standard(), billingStore, Clock.fixed(NOW, ZoneOffset.UTC));
    for (int i = 0; i < 3; i++) {
      usage.record(new UsageEvent("e" + i, TENANT_B, UsageMetric.PREDICTIONS, NOW, 1));
    }
    signIn(signedIn("trader-b", TENANT_B, Role.TRADER));
    navigate("plan");

    assertThat(span("plan-plan")).isEqualTo("free");
    assertThat(span("plan-status")).isEqualTo("Aktif");
    assertThat(span("plan-price")).isEqualTo("Rp 0");
    // the catalog's free tier: 100 predictions a month
    assertThat(rows("plan-usage")).contains(List.of("Prediksi", "3", "100"));
    // quotas count per calendar month in Jakarta: 1 December 2026
    assertThat(_get(Paragraph.class, spec -> spec.withId("plan-usage-resets")).getText())
        .endsWith("1 Desember 2026");
    assertThat(rows("plan-invoices")).isEmpty();
  }

  @Test
  void an_upgrade_shows_the_va_number_and_the_invoice_with_ppn() {
    signIn(signedIn("trader-b", TENANT_B, Role.TRADER));
    navigate("plan");

    choosePlan("pro-monthly");
    chooseMethod(PaymentMethod.BCA_VA);
    clickChange();

    assertThat(outcome()).startsWith("Bayar tagihan tertunda");
    // Rp 299.000 + 11 % PPN (Rp 32.890) = Rp 331.890; nothing to prorate from Free
    assertThat(span("payment-amount")).isEqualTo("Rp 331.890");
    assertThat(span("payment-method")).isEqualTo("BCA Virtual Account");
    assertThat(span("payment-va_number")).isEqualTo("123451"); // as the gateway answered
    assertThat(gateway.charges).hasSize(1);
    assertThat(gateway.charges.getFirst().method()).isEqualTo(PaymentMethod.BCA_VA);
    List<List<String>> invoices = rows("plan-invoices");
    assertThat(invoices).hasSize(1);
    assertThat(invoices.getFirst().subList(2, 5))
        .containsExactly("FAKTUR", "Belum dibayar", "Rp 331.890");
    // the plan itself changes only when the payment settles
    assertThat(span("plan-plan")).isEqualTo("free");
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void the_invoice_pdf_is_the_callers_only() throws IOException {
    signIn(signedIn("trader-b", TENANT_B, Role.TRADER));
    navigate("plan");
    choosePlan("pro-monthly");
    chooseMethod(PaymentMethod.QRIS);
    clickChange();

    Invoice invoice = planBilling.invoices(TENANT_B).getFirst();
    Grid<?> grid = _get(Grid.class, spec -> spec.withId("plan-invoices"));
    Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "pdf");
    assertThat(link.getId()).hasValue("invoice-pdf-" + invoice.printedNumber());
    // the grid's rendered link is the one registered; what the browser receives from it:
    var registered =
        DownloadKt.getResources(VaadinSession.getCurrent().getResourceRegistry()).keySet();
    assertThat(registered).hasSize(1);
    byte[] pdf = DownloadKt.downloadResource(registered.iterator().next().toString());
    assertThat(textOf(pdf))
        .contains("FAKTUR", invoice.printedNumber(), "CV Contoh Borneo", "Rp 331.890");
    assertThat(planBilling.pdf(TENANT_A, invoice.id(), "id")).isEmpty();
  }

  @Test
  void a_downgrade_is_scheduled_for_the_end_of_the_period() {
    billingStore.tiers.put(TENANT_A, Tier.PRO);
    signIn(signedIn("trader-a", TENANT_A, Role.TRADER));
    navigate("plan");
    assertThat(span("plan-plan")).isEqualTo("pro-monthly");

    choosePlan("free");
    clickChange();

    assertThat(outcome()).isEqualTo("Perubahan berlaku di akhir periode berjalan.");
    assertThat(span("plan-scheduled")).isEqualTo("free");
    assertThat(gateway.charges).isEmpty();
  }

  @Test
  void an_upgrade_without_a_payment_method_is_refused_with_the_reason() {
    signIn(signedIn("trader-b", TENANT_B, Role.TRADER));
    navigate("plan");

    choosePlan("pro-monthly");
    clickChange();

    assertThat(outcome())
        .isEqualTo("Paket tidak diganti: paymentMethod is required for an upgrade");
    assertThat(_find(Span.class, spec -> spec.withId("payment-amount"))).isEmpty();
  }

  @Test
  void english_relabels_the_page_and_keeps_rupiah_indonesian() {
    signIn(signedIn("trader-b", TENANT_B, Role.TRADER));
    navigate("plan");
    HasValueUtilsKt._setValue(_get(LanguagePicker.class), Languages.ENGLISH);

    assertThat(span("plan-status")).isEqualTo("Active");
    assertThat(rows("plan-usage")).contains(List.of("Predictions", "0", "100"));
    choosePlan("pro-yearly");
    chooseMethod(PaymentMethod.MANDIRI_BILL);
    clickChange();
    // Rp 2.990.000 + 11 % = Rp 3.318.900
    assertThat(span("payment-amount")).isEqualTo("Rp 3.318.900");
    assertThat(rows("plan-invoices").getFirst().subList(2, 5))
        .containsExactly("INVOICE", "Unpaid", "Rp 3.318.900");
  }

  @Test
  void only_traders_open_the_plan_page() {
    signIn(signedIn("officer-a", TENANT_A, Role.COMPLIANCE_OFFICER));
    navigate("plan");

    _assertNone(PlanView.class);
    _get(AccessDeniedView.class);
  }
}
