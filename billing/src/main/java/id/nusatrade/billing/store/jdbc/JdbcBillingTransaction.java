package id.nusatrade.billing.store.jdbc;

import id.nusatrade.billing.apikey.ApiKey;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoiceLine;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.notice.Notice;
import id.nusatrade.billing.notice.NoticeKind;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One tenant's billing transaction on a connection already scoped to that tenant. */
final class JdbcBillingTransaction implements BillingTransaction {
  private final Connection connection;
  private final TenantId tenant;

  JdbcBillingTransaction(Connection connection, TenantId tenant) {
    this.connection = connection;
    this.tenant = tenant;
  }

  @Override
  public Optional<Subscription> subscriptionForUpdate() {
    return one(BillingRows.SUBSCRIPTION + " for update", ps -> {}, BillingRows::subscription);
  }

  @Override
  public void saveSubscription(Subscription s) {
    update(
        "insert into billing_subscription (tenant_id, plan_id, tier_code, catalog_version, status,"
            + " period_start, period_end, price_sen, scheduled_plan_id, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (tenant_id) do update set"
            + " plan_id = excluded.plan_id, tier_code = excluded.tier_code,"
            + " catalog_version = excluded.catalog_version, status = excluded.status,"
            + " period_start = excluded.period_start, period_end = excluded.period_end,"
            + " price_sen = excluded.price_sen, scheduled_plan_id = excluded.scheduled_plan_id,"
            + " updated_at = now()",
        ps -> {
          ps.setObject(1, tenant.value());
          ps.setString(2, s.plan().value());
          ps.setString(3, code(s.tier()));
          ps.setInt(4, s.catalogVersion());
          ps.setString(5, s.status().name());
          ps.setTimestamp(6, Timestamp.from(s.periodStart()));
          ps.setTimestamp(7, s.periodEnd().map(Timestamp::from).orElse(null));
          ps.setLong(8, s.price().sen());
          ps.setString(9, s.scheduledPlan().map(p -> p.value()).orElse(null));
        });
  }

  @Override
  public Tier tenantTier() {
    return one(
            "select tier_code from tenants where id = ?",
            ps -> ps.setObject(1, tenant.value()),
            row -> Tier.valueOf(row.getString(1).toUpperCase(Locale.ROOT)))
        .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " does not exist"));
  }

  @Override
  public boolean createTenant(String name, String timeZone, User owner) {
    boolean created =
        updateCount(
                "insert into tenants (id, name, tier_code, time_zone) values (?, ?, ?, ?)"
                    + " on conflict (id) do nothing",
                ps -> {
                  ps.setObject(1, tenant.value());
                  ps.setString(2, name);
                  ps.setString(3, code(Tier.FREE));
                  ps.setString(4, timeZone);
                })
            == 1;
    update(
        "insert into users (id, tenant_id, username, email, roles) values (?, ?, ?, ?, ?)"
            + " on conflict (id) do nothing",
        ps -> {
          ps.setObject(1, owner.id().value());
          ps.setObject(2, tenant.value());
          ps.setString(3, owner.username());
          ps.setString(4, owner.email());
          ps.setArray(
              5,
              connection.createArrayOf(
                  "text", owner.roles().stream().map(Role::claim).sorted().toArray()));
        });
    return created;
  }

  @Override
  public void setTenantTier(Tier tier) {
    update(
        "update tenants set tier_code = ? where id = ?",
        ps -> {
          ps.setString(1, code(tier));
          ps.setObject(2, tenant.value());
        });
  }

  @Override
  public long nextInvoiceNumber() {
    return one(
            "insert into billing_document_counter (tenant_id, last_number) values (?, 1)"
                + " on conflict (tenant_id) do update"
                + " set last_number = billing_document_counter.last_number + 1"
                + " returning last_number",
            ps -> ps.setObject(1, tenant.value()),
            row -> row.getLong(1))
        .orElseThrow();
  }

  @Override
  public void insertInvoice(Invoice invoice) {
    update(
        "insert into billing_invoice (id, tenant_id, number, kind, status, plan_id,"
            + " catalog_version, issued_at, tax_rate_bp, related_to)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ps -> BillingRows.bindInvoice(ps, invoice));
    List<InvoiceLine> lines = invoice.lines();
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine line = lines.get(i);
      int position = i;
      update(
          "insert into billing_invoice_line (invoice_id, tenant_id, position, text_key, argument,"
              + " amount_sen) values (?, ?, ?, ?, ?, ?)",
          ps -> {
            ps.setObject(1, invoice.id().value());
            ps.setObject(2, tenant.value());
            ps.setInt(3, position);
            ps.setString(4, line.textKey());
            ps.setString(5, line.argument());
            ps.setLong(6, line.amount().sen());
          });
    }
  }

  @Override
  public void setInvoiceStatus(InvoiceId id, InvoiceStatus status) {
    update(
        "update billing_invoice set status = ? where id = ?",
        ps -> {
          ps.setString(1, status.name());
          ps.setObject(2, id.value());
        });
  }

  @Override
  public Optional<Invoice> invoice(InvoiceId id) {
    List<InvoiceLine> lines = linesOf(id);
    return one(
        BillingRows.INVOICE + " where id = ?",
        ps -> ps.setObject(1, id.value()),
        row -> BillingRows.invoice(row, lines));
  }

  @Override
  public List<Invoice> invoices() {
    Map<UUID, List<InvoiceLine>> lines = new HashMap<>();
    many(
        "select invoice_id, text_key, argument, amount_sen from billing_invoice_line"
            + " order by invoice_id, position",
        ps -> {},
        row ->
            lines
                .computeIfAbsent(row.getObject("invoice_id", UUID.class), k -> new ArrayList<>())
                .add(BillingRows.line(row)));
    return many(
        BillingRows.INVOICE + " order by number desc",
        ps -> {},
        row -> BillingRows.invoice(row, lines.get(row.getObject("id", UUID.class))));
  }

  private List<InvoiceLine> linesOf(InvoiceId id) {
    return many(
        "select text_key, argument, amount_sen from billing_invoice_line"
            + " where invoice_id = ? order by position",
        ps -> ps.setObject(1, id.value()),
        BillingRows::line);
  }

  @Override
  public void insertPayment(Payment payment) {
    update(
        "insert into billing_order_route (order_id, tenant_id) values (?, ?)",
        ps -> {
          ps.setString(1, payment.orderId().value());
          ps.setObject(2, tenant.value());
        });
    update(
        "insert into billing_payment (order_id, tenant_id, invoice_id, method, gross_amount_sen,"
            + " state, gateway_status, transaction_id, instructions, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)",
        ps -> BillingRows.bindPayment(ps, payment));
  }

  @Override
  public Optional<Payment> paymentForUpdate(OrderId orderId) {
    return one(
        BillingRows.PAYMENT + " where order_id = ? for update",
        ps -> ps.setString(1, orderId.value()),
        BillingRows::payment);
  }

  @Override
  public Optional<Payment> pendingPayment() {
    return one(
        BillingRows.PAYMENT + " where state = 'PENDING' for update",
        ps -> {},
        BillingRows::payment);
  }

  @Override
  public void updatePayment(Payment p) {
    update(
        "update billing_payment set state = ?, gateway_status = ?, transaction_id = ?,"
            + " instructions = ?::jsonb, updated_at = ? where order_id = ?",
        ps -> {
          ps.setString(1, p.state().name());
          ps.setString(2, p.gatewayStatus());
          ps.setString(3, p.transactionId().orElse(null));
          ps.setString(4, BillingRows.json(p.instructions()));
          ps.setTimestamp(5, Timestamp.from(p.updatedAt()));
          ps.setString(6, p.orderId().value());
        });
  }

  @Override
  public boolean recordUsage(UsageEvent event, LocalDate periodStart) {
    int inserted =
        updateCount(
            "insert into billing_usage_event (tenant_id, event_id, metric, occurred_at, quantity)"
                + " values (?, ?, ?, ?, ?) on conflict (tenant_id, event_id) do nothing",
            ps -> {
              ps.setObject(1, tenant.value());
              ps.setString(2, event.eventId());
              ps.setString(3, event.metric().name());
              ps.setTimestamp(4, Timestamp.from(event.occurredAt()));
              ps.setLong(5, event.quantity());
            });
    if (inserted == 0) {
      return false;
    }
    addToRollup(event.metric(), periodStart, event.quantity());
    return true;
  }

  /**
   * One JDBC batch of event inserts (a repeated id inserts nothing and counts 0), then one roll-up
   * upsert per metric with what was inserted: the same exactly-once rule as one event at a time, in
   * two round trips. The events are inserted in id order, so two batches sharing ids (a redelivery
   * consumed by another consumer) wait for each other instead of deadlocking.
   */
  @Override
  public int recordUsage(List<UsageEvent> batch, LocalDate periodStart) {
    if (batch.isEmpty()) {
      return 0;
    }
    Map<String, UsageEvent> byId = new java.util.TreeMap<>();
    for (UsageEvent event : batch) {
      byId.putIfAbsent(event.eventId(), event);
    }
    List<UsageEvent> events = List.copyOf(byId.values());
    int[] inserted;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into billing_usage_event (tenant_id, event_id, metric, occurred_at, quantity)"
                + " values (?, ?, ?, ?, ?) on conflict (tenant_id, event_id) do nothing")) {
      for (UsageEvent event : events) {
        insert.setObject(1, tenant.value());
        insert.setString(2, event.eventId());
        insert.setString(3, event.metric().name());
        insert.setTimestamp(4, Timestamp.from(event.occurredAt()));
        insert.setLong(5, event.quantity());
        insert.addBatch();
      }
      inserted = insert.executeBatch();
    } catch (SQLException e) {
      throw new BillingStoreException("usage batch failed for tenant " + tenant, e);
    }
    Map<UsageMetric, Long> added = new java.util.EnumMap<>(UsageMetric.class);
    int counted = 0;
    for (int i = 0; i < inserted.length; i++) {
      if (inserted[i] < 0) {
        // the driver did not say which rows it inserted (reWriteBatchedInserts): cannot count
        throw new IllegalStateException("usage batch: no per-row insert counts from the driver");
      }
      if (inserted[i] > 0) {
        counted++;
        added.merge(events.get(i).metric(), events.get(i).quantity(), Long::sum);
      }
    }
    for (Map.Entry<UsageMetric, Long> sum : added.entrySet()) {
      addToRollup(sum.getKey(), periodStart, sum.getValue());
    }
    return counted;
  }

  /**
   * Adds {@code quantity} to this tenant's period total of {@code metric} (created at first use).
   */
  private void addToRollup(UsageMetric metric, LocalDate periodStart, long quantity) {
    update(
        "insert into billing_usage_rollup (tenant_id, metric, period_start, used)"
            + " values (?, ?, ?, ?) on conflict (tenant_id, metric, period_start)"
            + " do update set used = billing_usage_rollup.used + excluded.used",
        ps -> {
          ps.setObject(1, tenant.value());
          ps.setString(2, metric.name());
          ps.setObject(3, periodStart);
          ps.setLong(4, quantity);
        });
  }

  @Override
  public long usageForUpdate(UsageMetric metric, LocalDate periodStart) {
    update(
        "insert into billing_usage_rollup (tenant_id, metric, period_start, used)"
            + " values (?, ?, ?, 0) on conflict do nothing",
        ps -> {
          ps.setObject(1, tenant.value());
          ps.setString(2, metric.name());
          ps.setObject(3, periodStart);
        });
    return one(
            "select used from billing_usage_rollup where metric = ? and period_start = ? for update",
            ps -> {
              ps.setString(1, metric.name());
              ps.setObject(2, periodStart);
            },
            row -> row.getLong(1))
        .orElse(0L);
  }

  @Override
  public boolean usageCounted(String eventId) {
    return one(
            "select 1 from billing_usage_event where event_id = ?",
            ps -> ps.setString(1, eventId),
            row -> true)
        .isPresent();
  }

  @Override
  public Map<UsageMetric, Long> usage(LocalDate periodStart) {
    Map<UsageMetric, Long> used = new java.util.EnumMap<>(UsageMetric.class);
    many(
        "select metric, used from billing_usage_rollup where period_start = ?",
        ps -> ps.setObject(1, periodStart),
        row -> used.put(UsageMetric.valueOf(row.getString(1)), row.getLong(2)));
    return used;
  }

  @Override
  public void recordDelivery(
      OrderId orderId, String transactionStatus, String outcome, Instant at) {
    update(
        "insert into billing_notification (tenant_id, order_id, transaction_status, outcome,"
            + " received_at) values (?, ?, ?, ?, ?)",
        ps -> {
          ps.setObject(1, tenant.value());
          ps.setString(2, orderId.value());
          ps.setString(3, transactionStatus);
          ps.setString(4, outcome);
          ps.setTimestamp(5, Timestamp.from(at));
        });
  }

  @Override
  public void insertApiKey(ApiKey key, byte[] secretHash) {
    update(
        "insert into billing_api_key (id, tenant_id, owner, roles, name, secret_hash, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        ps -> {
          ps.setString(1, key.id());
          ps.setObject(2, tenant.value());
          ps.setString(3, key.owner());
          ps.setArray(
              4,
              connection.createArrayOf(
                  "text", key.roles().stream().map(r -> r.claim()).sorted().toArray()));
          ps.setString(5, key.name());
          ps.setBytes(6, secretHash);
          ps.setTimestamp(7, Timestamp.from(key.createdAt()));
        });
  }

  @Override
  public List<ApiKey> apiKeys(String owner) {
    return many(
        API_KEY_COLUMNS + " where owner = ? order by created_at desc, id",
        ps -> ps.setString(1, owner),
        BillingRows::apiKey);
  }

  @Override
  public boolean revokeApiKey(String owner, String id, Instant at) {
    update(
        "update billing_api_key set revoked_at = ? where owner = ? and id = ?"
            + " and revoked_at is null",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(at));
          ps.setString(2, owner);
          ps.setString(3, id);
        });
    return one(
            "select 1 from billing_api_key where owner = ? and id = ?",
            ps -> {
              ps.setString(1, owner);
              ps.setString(2, id);
            },
            row -> true)
        .isPresent();
  }

  @Override
  public Optional<ApiKey> rotateApiKey(String owner, String id, byte[] secretHash, Instant at) {
    int changed =
        updateCount(
            "update billing_api_key set secret_hash = ?, rotated_at = ?"
                + " where owner = ? and id = ? and revoked_at is null",
            ps -> {
              ps.setBytes(1, secretHash);
              ps.setTimestamp(2, Timestamp.from(at));
              ps.setString(3, owner);
              ps.setString(4, id);
            });
    if (changed == 0) {
      return Optional.empty();
    }
    return one(API_KEY_COLUMNS + " where id = ?", ps -> ps.setString(1, id), BillingRows::apiKey);
  }

  @Override
  public void touchApiKey(String id, Instant at) {
    update(
        "update billing_api_key set last_used_at = ? where id = ?"
            + " and (last_used_at is null or last_used_at < ?)",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(at));
          ps.setString(2, id);
          ps.setTimestamp(3, Timestamp.from(at));
        });
  }

  private static final String API_KEY_COLUMNS =
      "select id, tenant_id, owner, roles, name, created_at, rotated_at, last_used_at, revoked_at"
          + " from billing_api_key";

  private static String code(Tier tier) {
    return tier.name().toLowerCase(Locale.ROOT);
  }

  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  interface Mapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  @Override
  public boolean recordNotice(Notice notice) {
    return updateCount(
            "insert into billing_notice (tenant_id, invoice_id, kind, sequence, issued_at)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing",
            ps -> {
              ps.setObject(1, tenant.value());
              ps.setObject(2, notice.invoice().value());
              ps.setString(3, notice.kind().name());
              ps.setInt(4, notice.sequence());
              ps.setTimestamp(5, Timestamp.from(notice.issuedAt()));
            })
        == 1;
  }

  @Override
  public List<Notice> notices() {
    return many(
        "select invoice_id, kind, sequence, issued_at from billing_notice"
            + " order by issued_at, kind, sequence",
        ps -> {},
        row ->
            new Notice(
                new InvoiceId(row.getObject("invoice_id", UUID.class)),
                NoticeKind.valueOf(row.getString("kind")),
                row.getInt("sequence"),
                row.getTimestamp("issued_at").toInstant()));
  }

  private void update(String sql, Binder binder) {
    updateCount(sql, binder);
  }

  private int updateCount(String sql, Binder binder) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new BillingStoreException("billing update failed for tenant " + tenant, e);
    }
  }

  private <T> Optional<T> one(String sql, Binder binder, Mapper<T> mapper) {
    List<T> rows = many(sql, binder, mapper);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  private <T> List<T> many(String sql, Binder binder, Mapper<T> mapper) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rows.next()) {
          out.add(mapper.map(rows));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new BillingStoreException("billing query failed for tenant " + tenant, e);
    }
  }
}
