package id.nusatrade.billing.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.billing.apikey.ApiKey;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoiceKind;
import id.nusatrade.billing.invoice.InvoiceLine;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.billing.subscription.SubscriptionStatus;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Row mapping of the billing tables. */
final class BillingRows {
  static final String SUBSCRIPTION =
      "select tenant_id, plan_id, tier_code, catalog_version, status, period_start, period_end,"
          + " price_sen, scheduled_plan_id from billing_subscription";
  static final String INVOICE =
      "select id, tenant_id, number, kind, status, plan_id, catalog_version, issued_at,"
          + " tax_rate_bp, related_to from billing_invoice";
  static final String PAYMENT =
      "select order_id, tenant_id, invoice_id, method, gross_amount_sen, state, gateway_status,"
          + " transaction_id, instructions::text, created_at, updated_at from billing_payment";

  private static final ObjectMapper JSON = new ObjectMapper();

  private BillingRows() {}

  static Subscription subscription(ResultSet row) throws SQLException {
    return new Subscription(
        new TenantId(row.getObject("tenant_id", UUID.class)),
        new PlanId(row.getString("plan_id")),
        Tier.valueOf(row.getString("tier_code").toUpperCase(Locale.ROOT)),
        row.getInt("catalog_version"),
        SubscriptionStatus.valueOf(row.getString("status")),
        instant(row, "period_start"),
        Optional.ofNullable(row.getTimestamp("period_end")).map(Timestamp::toInstant),
        new Idr(row.getLong("price_sen")),
        Optional.ofNullable(row.getString("scheduled_plan_id")).map(PlanId::new));
  }

  static Invoice invoice(ResultSet row, List<InvoiceLine> lines) throws SQLException {
    return new Invoice(
        new InvoiceId(row.getObject("id", UUID.class)),
        new TenantId(row.getObject("tenant_id", UUID.class)),
        row.getLong("number"),
        InvoiceKind.valueOf(row.getString("kind")),
        InvoiceStatus.valueOf(row.getString("status")),
        new PlanId(row.getString("plan_id")),
        row.getInt("catalog_version"),
        instant(row, "issued_at"),
        lines,
        new TaxRate(row.getInt("tax_rate_bp")),
        Optional.ofNullable(row.getObject("related_to", UUID.class)).map(InvoiceId::new));
  }

  static InvoiceLine line(ResultSet row) throws SQLException {
    return new InvoiceLine(
        row.getString("text_key"), row.getString("argument"), new Idr(row.getLong("amount_sen")));
  }

  static void bindInvoice(PreparedStatement ps, Invoice invoice) throws SQLException {
    ps.setObject(1, invoice.id().value());
    ps.setObject(2, invoice.tenant().value());
    ps.setLong(3, invoice.number());
    ps.setString(4, invoice.kind().name());
    ps.setString(5, invoice.status().name());
    ps.setString(6, invoice.plan().value());
    ps.setInt(7, invoice.catalogVersion());
    ps.setTimestamp(8, Timestamp.from(invoice.issuedAt()));
    ps.setInt(9, invoice.taxRate().basisPoints());
    ps.setObject(10, invoice.relatedTo().map(InvoiceId::value).orElse(null));
  }

  static Payment payment(ResultSet row) throws SQLException {
    return new Payment(
        new OrderId(row.getString("order_id")),
        new TenantId(row.getObject("tenant_id", UUID.class)),
        new InvoiceId(row.getObject("invoice_id", UUID.class)),
        PaymentMethod.valueOf(row.getString("method")),
        new Idr(row.getLong("gross_amount_sen")),
        PaymentState.valueOf(row.getString("state")),
        row.getString("gateway_status"),
        Optional.ofNullable(row.getString("transaction_id")),
        map(row.getString("instructions")),
        instant(row, "created_at"),
        instant(row, "updated_at"));
  }

  static void bindPayment(PreparedStatement ps, Payment p) throws SQLException {
    ps.setString(1, p.orderId().value());
    ps.setObject(2, p.tenant().value());
    ps.setObject(3, p.invoice().value());
    ps.setString(4, p.method().name());
    ps.setLong(5, p.grossAmount().sen());
    ps.setString(6, p.state().name());
    ps.setString(7, p.gatewayStatus());
    ps.setString(8, p.transactionId().orElse(null));
    ps.setString(9, json(p.instructions()));
    ps.setTimestamp(10, Timestamp.from(p.createdAt()));
    ps.setTimestamp(11, Timestamp.from(p.updatedAt()));
  }

  static String json(Map<String, String> map) {
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write payment instructions", e);
    }
  }

  private static Map<String, String> map(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable payment instructions", e);
    }
  }

  static ApiKey apiKey(ResultSet row) throws SQLException {
    return new ApiKey(
        row.getString("id"),
        new TenantId(row.getObject("tenant_id", UUID.class)),
        row.getString("owner"),
        roles(row.getArray("roles")),
        row.getString("name"),
        instant(row, "created_at"),
        optionalInstant(row, "rotated_at"),
        optionalInstant(row, "last_used_at"),
        optionalInstant(row, "revoked_at"));
  }

  static Set<Role> roles(Array array) throws SQLException {
    return Stream.of((String[]) array.getArray()).map(Role::fromClaim).collect(Collectors.toSet());
  }

  private static Optional<Instant> optionalInstant(ResultSet row, String column)
      throws SQLException {
    return Optional.ofNullable(row.getTimestamp(column)).map(Timestamp::toInstant);
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getTimestamp(column).toInstant();
  }
}
