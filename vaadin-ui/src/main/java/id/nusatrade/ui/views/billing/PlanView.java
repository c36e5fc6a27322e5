package id.nusatrade.ui.views.billing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.nusatrade.billing.catalog.Plan;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceText;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.subscription.BillingException;
import id.nusatrade.billing.subscription.ChangeResult;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.billing.usage.UsageReport;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.money.IdrFormat;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.ui.billing.PlanBilling;
import id.nusatrade.ui.security.AllowedRoles;
import id.nusatrade.ui.security.CurrentUser;
import id.nusatrade.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The trader's plan: current plan and status, this period's usage against each quota, a change of
 * plan paid by a chosen method (the pending payment's VA number, QR or redirect as the gateway
 * returned them) and the invoices with their PDF.
 */
@Route(value = "plan", layout = MainLayout.class)
@AllowedRoles(Role.TRADER)
public class PlanView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
  private final PlanBilling billing;
  private final Optional<TenantId> tenant;
  private final H2 heading = new H2();
  private final Div current = new Div();
  private final H3 usageHeading = new H3();
  private final Grid<UsageReport.Line> usage = new Grid<>();
  private final Paragraph resets = new Paragraph();
  private final H3 changeHeading = new H3();
  private final Select<Plan> plans = new Select<>();
  private final Select<PaymentMethod> methods = new Select<>();
  private final Button change = new Button();
  private final Paragraph outcome = new Paragraph();
  private final Div payment = new Div();
  private final H3 invoicesHeading = new H3();
  private final Grid<Invoice> invoices = new Grid<>();
  private Locale locale = Locale.forLanguageTag("id");

  @Inject
  public PlanView(CurrentUser currentUser, PlanBilling billing) {
    this.billing = billing;
    this.tenant = currentUser.get().map(u -> u.tenantId());
    setId("plan");
    current.setId("plan-current");
    usage.setId("plan-usage");
    usage.setAllRowsVisible(true);
    resets.setId("plan-usage-resets");
    plans.setId("plan-change-plan");
    plans.setItemLabelGenerator(p -> p.id().value() + " · " + IdrFormat.format(p.price()));
    methods.setId("plan-change-method");
    methods.setItems(PlanBilling.METHODS);
    methods.setItemLabelGenerator(m -> getTranslation("plan.method." + m.id()));
    change.setId("plan-change");
    change.addClickListener(e -> changePlan());
    outcome.setId("plan-change-outcome");
    payment.setId("plan-payment");
    invoices.setId("plan-invoices");
    invoices.setAllRowsVisible(true);
    add(
        heading,
        current,
        usageHeading,
        usage,
        resets,
        changeHeading,
        plans,
        methods,
        change,
        outcome,
        payment,
        invoicesHeading,
        invoices);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    locale = event.getLocale();
    heading.setText(getTranslation("plan.title"));
    usageHeading.setText(getTranslation("plan.usage"));
    changeHeading.setText(getTranslation("plan.change"));
    invoicesHeading.setText(getTranslation("plan.invoices"));
    plans.setLabel(getTranslation("plan.change.plan"));
    methods.setLabel(getTranslation("plan.change.method"));
    methods.setItemLabelGenerator(m -> getTranslation("plan.method." + m.id()));
    change.setText(getTranslation("plan.change.submit"));
    refresh();
  }

  private InvoiceText text() {
    return InvoiceText.forLanguage(locale.getLanguage());
  }

  private void refresh() {
    if (tenant.isEmpty()) {
      current.removeAll();
      current.add(new Paragraph(getTranslation("tenant.notfound")));
      return;
    }
    TenantId id = tenant.get();
    Subscription s = billing.subscription(id);
    showCurrent(s);
    UsageReport report = billing.usage(id);
    showUsage(report);
    plans.setItems(
        billing.catalog().plans().stream().filter(p -> !p.id().equals(s.plan())).toList());
    showPayment(billing.pendingPayment(id));
    showInvoices(billing.invoices(id));
  }

  private void showCurrent(Subscription s) {
    current.removeAll();
    field("plan", getTranslation("plan.field.plan"), s.plan().value());
    field(
        "status",
        getTranslation("plan.field.status"),
        getTranslation("plan.status." + s.status().name().toLowerCase(Locale.ROOT)));
    field("price", getTranslation("plan.field.price"), IdrFormat.format(s.price()));
    s.periodEnd()
        .ifPresent(
            end -> field("period-end", getTranslation("plan.field.period-end"), text().date(end)));
    s.scheduledPlan()
        .ifPresent(p -> field("scheduled", getTranslation("plan.field.scheduled"), p.value()));
  }

  private void field(String key, String label, String value) {
    Span shown = new Span(value);
    shown.setId("plan-" + key);
    current.add(new Div(new Span(label + ": "), shown));
  }

  private void showUsage(UsageReport report) {
    usage.removeAllColumns();
    usage
        .addColumn(l -> getTranslation("plan.metric." + l.metric().name().toLowerCase(Locale.ROOT)))
        .setHeader(getTranslation("plan.usage.metric"))
        .setKey("metric");
    usage
        .addColumn(l -> String.format(Locale.ROOT, "%,d", l.used()).replace(',', '.'))
        .setHeader(getTranslation("plan.usage.used"))
        .setKey("used");
    usage
        .addColumn(
            l ->
                l.quota().isPresent()
                    ? String.format(Locale.ROOT, "%,d", l.quota().getAsLong()).replace(',', '.')
                    : getTranslation("plan.usage.unlimited"))
        .setHeader(getTranslation("plan.usage.quota"))
        .setKey("quota");
    usage.setItems(report.lines());
    resets.setText(getTranslation("plan.usage.resets") + " " + text().date(report.resetsAt()));
  }

  private void changePlan() {
    Plan target = plans.getValue();
    if (target == null || tenant.isEmpty()) {
      outcome.setText(getTranslation("plan.change.pick"));
      return;
    }
    try {
      ChangeResult result = billing.change(tenant.get(), target.id().value(), methods.getValue());
      outcome.setText(
          switch (result) {
            case ChangeResult.PaymentDue due -> getTranslation("plan.change.payment-due");
            case ChangeResult.Scheduled scheduled -> getTranslation("plan.change.scheduled");
            case ChangeResult.TrialStarted trial -> getTranslation("plan.change.trial");
          });
    } catch (BillingException e) {
      outcome.setText(getTranslation("plan.change.refused") + " " + e.getMessage());
    }
    refresh();
  }

  private void showPayment(Optional<Payment> pending) {
    payment.removeAll();
    if (pending.isEmpty()) {
      return;
    }
    Payment p = pending.get();
    payment.add(new H3(getTranslation("plan.payment")));
    paymentLine("amount", getTranslation("plan.payment.amount"), IdrFormat.format(p.grossAmount()));
    paymentLine(
        "method",
        getTranslation("plan.payment.method"),
        getTranslation("plan.method." + p.method().id()));
    paymentLine("order", getTranslation("plan.payment.order"), p.orderId().value());
    for (Map.Entry<String, String> i : p.instructions().entrySet()) {
      String label = getTranslation("plan.payment." + i.getKey());
      if (i.getKey().endsWith("_url")) {
        Anchor link = new Anchor(i.getValue(), i.getValue());
        link.setTarget("_blank");
        link.setId("payment-" + i.getKey());
        payment.add(new Div(new Span(label + ": "), link));
      } else {
        paymentLine(i.getKey(), label, i.getValue());
      }
    }
  }

  private void paymentLine(String key, String label, String value) {
    Span shown = new Span(value);
    shown.setId("payment-" + key);
    payment.add(new Div(new Span(label + ": "), shown));
  }

  private void showInvoices(java.util.List<Invoice> list) {
    InvoiceText words = text();
    invoices.removeAllColumns();
    invoices
        .addColumn(Invoice::printedNumber)
        .setHeader(getTranslation("plan.invoice.number"))
        .setKey("number");
    invoices
        .addColumn(i -> words.date(i.issuedAt()))
        .setHeader(getTranslation("plan.invoice.date"))
        .setKey("date");
    invoices
        .addColumn(i -> words.word(i.kind().name()))
        .setHeader(getTranslation("plan.invoice.kind"))
        .setKey("kind");
    invoices
        .addColumn(i -> words.word(i.status().name()))
        .setHeader(getTranslation("plan.invoice.status"))
        .setKey("status");
    invoices
        .addColumn(i -> IdrFormat.format(i.total()))
        .setHeader(getTranslation("plan.invoice.total"))
        .setKey("total");
    invoices
        .addComponentColumn(this::pdfLink)
        .setHeader(getTranslation("plan.invoice.pdf"))
        .setKey("pdf");
    invoices.setItems(list);
  }

  private Anchor pdfLink(Invoice invoice) {
    String language = locale.getLanguage();
    String file = invoice.printedNumber() + ".pdf";
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                event ->
                    billing
                        .pdf(tenant.orElseThrow(), invoice.id(), language)
                        .map(
                            pdf ->
                                new DownloadResponse(
                                    new ByteArrayInputStream(pdf),
                                    file,
                                    "application/pdf",
                                    pdf.length))
                        .orElseGet(() -> DownloadResponse.error(404))),
            "PDF");
    link.setId("invoice-pdf-" + invoice.printedNumber());
    return link;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plan.title") + " · Nusatrade";
  }
}
