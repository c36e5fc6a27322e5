package id.nusatrade.server.api;

import id.nusatrade.billing.catalog.CatalogVersion;
import id.nusatrade.billing.catalog.Plan;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceLine;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.subscription.ChangeResult;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.domain.billing.Entitlements;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.money.IdrFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Billing as the API shows it. Amounts are rupiah as decimal strings with two places ("331890.00",
 * exactly how Midtrans writes {@code gross_amount}) beside the Indonesian display ("Rp 331.890").
 * Public, records included: JSON-B reads their accessors from outside the package.
 */
public final class BillingViews {
  private BillingViews() {}

  public record Money(String amount, String text) {
    static Money of(Idr idr) {
      return new Money(idr.toBigDecimal().toPlainString(), IdrFormat.format(idr));
    }
  }

  public record EntitlementsView(
      Long predictionsPerMonth,
      boolean confidenceScores,
      boolean automatedTrading,
      boolean customModels,
      boolean prioritySupport,
      int apiRequestsPerMinute) {
    /** {@code predictionsPerMonth} null means unlimited. */
    static EntitlementsView of(Entitlements e) {
      return new EntitlementsView(
          e.predictionQuota().isPresent() ? e.predictionQuota().getAsLong() : null,
          e.confidenceScores(),
          e.automatedTrading(),
          e.customModels(),
          e.prioritySupport(),
          e.apiRequestsPerMinute());
    }
  }

  public record PlanView(
      String id,
      String tier,
      String period,
      Money price,
      int trialDays,
      EntitlementsView entitlements) {
    static PlanView of(CatalogVersion version, Plan plan) {
      return new PlanView(
          plan.id().value(),
          lower(plan.tier()),
          lower(plan.period()),
          Money.of(plan.price()),
          plan.trialDays(),
          EntitlementsView.of(version.entitlementsOf(plan.tier())));
    }
  }

  public record CatalogView(
      int catalogVersion,
      Instant effectiveFrom,
      String currency,
      String taxNote,
      List<PlanView> plans) {
    static CatalogView of(CatalogVersion version) {
      return new CatalogView(
          version.version(),
          version.effectiveFrom(),
          "IDR",
          "prices exclude PPN, added on the invoice",
          version.plans().stream().map(p -> PlanView.of(version, p)).toList());
    }
  }

  public record PaymentView(
      String orderId,
      String grossAmount,
      String grossAmountText,
      String paymentMethod,
      String status,
      String gatewayStatus,
      String invoiceId,
      Map<String, String> instructions) {
    static PaymentView of(Payment p) {
      return new PaymentView(
          p.orderId().value(),
          p.grossAmountText(),
          IdrFormat.format(p.grossAmount()),
          p.method().id(),
          lower(p.state()),
          p.gatewayStatus(),
          p.invoice().toString(),
          p.instructions());
    }
  }

  public record SubscriptionView(
      String plan,
      String tier,
      String status,
      Instant periodStart,
      Instant periodEnd,
      Money price,
      String scheduledPlan,
      int catalogVersion,
      EntitlementsView entitlements,
      PaymentView pendingPayment) {
    static SubscriptionView of(Subscription s, Entitlements e, PaymentView pending) {
      return new SubscriptionView(
          s.plan().value(),
          lower(s.tier()),
          lower(s.status()),
          s.periodStart(),
          s.periodEnd().orElse(null),
          Money.of(s.price()),
          s.scheduledPlan().map(p -> p.value()).orElse(null),
          s.catalogVersion(),
          EntitlementsView.of(e),
          pending);
    }
  }

  public record LineView(String textKey, String argument, Money amount) {
    static LineView of(InvoiceLine l) {
      return new LineView(l.textKey(), l.argument(), Money.of(l.amount()));
    }
  }

  public record InvoiceView(
      String id,
      String number,
      String kind,
      String status,
      String plan,
      Instant issuedAt,
      List<LineView> lines,
      Money subtotal,
      String taxRatePercent,
      Money tax,
      Money total,
      String relatedTo,
      String pdf) {
    static InvoiceView of(Invoice i) {
      return new InvoiceView(
          i.id().toString(),
          i.printedNumber(),
          lower(i.kind()),
          lower(i.status()),
          i.plan().value(),
          i.issuedAt(),
          i.lines().stream().map(LineView::of).toList(),
          Money.of(i.subtotal()),
          i.taxRate().printed().replace(',', '.'),
          Money.of(i.tax()),
          Money.of(i.total()),
          i.relatedTo().map(Object::toString).orElse(null),
          "/api/v1/invoices/" + i.id() + ".pdf");
    }
  }

  public record ChangeView(
      String result,
      PaymentView payment,
      InvoiceView invoice,
      InvoiceView creditNote,
      SubscriptionView subscription) {
    static ChangeView of(ChangeResult result, Entitlements targetEntitlements) {
      return switch (result) {
        case ChangeResult.PaymentDue due ->
            new ChangeView(
                "payment_due",
                PaymentView.of(due.payment()),
                InvoiceView.of(due.invoice()),
                due.creditNote().map(InvoiceView::of).orElse(null),
                null);
        case ChangeResult.Scheduled s ->
            new ChangeView(
                "scheduled",
                null,
                null,
                null,
                SubscriptionView.of(s.subscription(), targetEntitlements, null));
        case ChangeResult.TrialStarted t ->
            new ChangeView(
                "trial_started",
                null,
                null,
                null,
                SubscriptionView.of(t.subscription(), targetEntitlements, null));
      };
    }
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
