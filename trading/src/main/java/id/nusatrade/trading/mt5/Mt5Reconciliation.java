package id.nusatrade.trading.mt5;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.Resends;
import id.nusatrade.messaging.contract.AuditRecorded;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.ExecutionReported;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.ReportedPosition;
import id.nusatrade.messaging.contract.WorkflowRequested;
import id.nusatrade.trading.engine.PositionDifference;
import id.nusatrade.trading.engine.TradingEngine;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compares a terminal's positions snapshot ({@code trade.execution.reported} of kind POSITIONS,
 * sent by the EA on every connect and periodically) with the engine's positions of the account, per
 * symbol by net quantity (MT5 hedging accounts may hold a buy and a sell at once). The snapshot
 * comes after every report the EA sent before it (one sequence, one subscription, in order), so a
 * difference is real, not a report in flight. Rules:
 *
 * <ol>
 *   <li>The broker is the source of truth for fills: the engine books the difference as an
 *       adjustment order filled at once ({@link TradingEngine#reconcile}), at the broker's open
 *       price when the broker holds the symbol, else at our average price (no P&amp;L invented).
 *   <li>Each difference is written to the audit trail ({@code audit.trading.position.reconciled})
 *       and raised as a compliance alert ({@code workflow.compliance.alert-raised}, kind {@code
 *       RECONCILIATION_DIFFERENCE}, severity HIGH: the compliance-review process triages it).
 * </ol>
 *
 * The events are published (ids derived from the snapshot and symbol) before the engine books the
 * difference: a crash in between delivers the snapshot again, the broker refuses the events already
 * taken and the engine books once; once booked, a redelivery finds no difference.
 */
public final class Mt5Reconciliation {
  public static final String AUDIT_ACTION = "trading.position.reconciled";
  public static final String ALERT_MESSAGE = "compliance.alert-raised";
  public static final String ACTOR = "mt5-reconciliation";
  private static final PayloadCodec CODEC = new PayloadCodec();

  private final TradingEngine engine;
  private final EventPublisher publisher;
  private final AtomicLong snapshots = new AtomicLong();
  private final AtomicLong differences = new AtomicLong();

  /** {@code publisher} null: differences are booked and counted, no events (tests, no bus). */
  public Mt5Reconciliation(TradingEngine engine, EventPublisher publisher) {
    this.engine = engine;
    this.publisher = publisher;
  }

  /** Reconciles the account with the snapshot; returns the differences booked. */
  public List<PositionDifference> reconcile(
      TenantId tenant, AccountId account, ExecutionReported snapshot) {
    snapshots.incrementAndGet();
    Map<String, BigDecimal[]> broker = net(snapshot.openPositions());
    List<PositionDifference> found = engine.differences(account, broker);
    if (found.isEmpty()) {
      return found;
    }
    if (publisher != null) {
      List<EventEnvelope> events = new ArrayList<>();
      for (PositionDifference d : found) {
        events.add(audit(tenant, account, snapshot, d));
        events.add(alert(tenant, account, snapshot, d));
      }
      Resends.publishSkippingDuplicates(publisher, events);
    }
    List<PositionDifference> booked =
        engine.reconcile(account, snapshot.executionId(), broker, snapshot.time());
    engine.flush();
    differences.addAndGet(booked.size());
    return booked;
  }

  /**
   * Symbol → {net quantity (long positive), open price of the net side (volume-weighted)}. Volumes
   * and prices come as the wire's doubles; they become decimals by their shortest text.
   */
  static Map<String, BigDecimal[]> net(List<ReportedPosition> positions) {
    Map<String, BigDecimal[]> sums = new TreeMap<>(); // net, long volume, long value, short ...
    for (ReportedPosition p : positions) {
      BigDecimal[] s =
          sums.computeIfAbsent(
              p.symbol(),
              k ->
                  new BigDecimal[] {
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO
                  });
      BigDecimal volume = new BigDecimal(Double.toString(p.volume()));
      BigDecimal value = volume.multiply(new BigDecimal(Double.toString(p.openPrice())));
      switch (p.side()) {
        case "BUY" -> {
          s[0] = s[0].add(volume);
          s[1] = s[1].add(volume);
          s[2] = s[2].add(value);
        }
        case "SELL" -> {
          s[0] = s[0].subtract(volume);
          s[3] = s[3].add(volume);
          s[4] = s[4].add(value);
        }
        default ->
            throw new PoisonEventException(
                "position " + p.ticket() + " has side " + p.side() + ", not BUY or SELL");
      }
    }
    Map<String, BigDecimal[]> out = new TreeMap<>();
    sums.forEach(
        (symbol, s) -> {
          BigDecimal price = null;
          if (s[0].signum() > 0) {
            price = s[2].divide(s[1], MathContext.DECIMAL64);
          } else if (s[0].signum() < 0) {
            price = s[4].divide(s[3], MathContext.DECIMAL64);
          }
          out.put(symbol, new BigDecimal[] {s[0], price});
        });
    return out;
  }

  private static EventEnvelope audit(
      TenantId tenant, AccountId account, ExecutionReported snapshot, PositionDifference d) {
    Map<String, Object> details = details(account, snapshot, d);
    return CODEC.envelope(
        EventContracts.AUDIT,
        id("audit", snapshot, d),
        tenant,
        Instant.ofEpochMilli(snapshot.time()),
        new AuditRecorded(ACTOR, AUDIT_ACTION, "trading-account/" + account, details));
  }

  private static EventEnvelope alert(
      TenantId tenant, AccountId account, ExecutionReported snapshot, PositionDifference d) {
    String alertId = id("alert", snapshot, d).toString();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("alertId", alertId);
    variables.put("alertKind", "RECONCILIATION_DIFFERENCE");
    variables.put("severity", "HIGH");
    variables.put("tenantId", tenant.toString());
    variables.put("accountId", account.toString());
    variables.put(
        "summary",
        "MT5 "
            + snapshot.account()
            + " "
            + d.symbol()
            + ": broker "
            + d.brokers().toPlainString()
            + ", ours "
            + d.ours().toPlainString()
            + "; booked "
            + d.adjustment().toPlainString()
            + " at "
            + d.price().toPlainString());
    return CODEC.envelope(
        EventContracts.WORKFLOW,
        id("alert", snapshot, d),
        tenant,
        Instant.ofEpochMilli(snapshot.time()),
        new WorkflowRequested(ALERT_MESSAGE, alertId, variables));
  }

  private static Map<String, Object> details(
      AccountId account, ExecutionReported snapshot, PositionDifference d) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("accountId", account.toString());
    details.put("mt5Login", snapshot.account());
    details.put("snapshot", snapshot.executionId());
    details.put("symbol", d.symbol());
    details.put("ours", d.ours().toPlainString());
    details.put("brokers", d.brokers().toPlainString());
    details.put("adjustment", d.adjustment().toPlainString());
    details.put("price", d.price().toPlainString());
    details.put("rule", "the broker is the source of truth for fills");
    return details;
  }

  private static UUID id(String what, ExecutionReported snapshot, PositionDifference d) {
    return UUID.nameUUIDFromBytes(
        (what + ":" + snapshot.executionId() + ":" + d.symbol()).getBytes(StandardCharsets.UTF_8));
  }

  /** Snapshots compared since start. */
  public long snapshots() {
    return snapshots.get();
  }

  /** Differences booked since start. */
  public long differences() {
    return differences.get();
  }
}
