package id.nusatrade.trading.mt5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionId;
import id.nusatrade.domain.trading.ExecutionKind;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.trading.engine.OrderView;
import id.nusatrade.trading.engine.TradingEngine;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Applies the gateway's {@code trade.execution.reported} events (topic {@code nusatrade.trading},
 * durable subscription {@link #SOURCE}) to the trading engine. It returns, and so lets the
 * transacted consumer commit the delivery, only after the engine journaled the execution and
 * fsync'd it ({@link TradingEngine#flush()}): a crash before that redelivers the event, and the
 * engine applies an execution id once, so a redelivery or a resend by the gateway after its restart
 * fills once. A positions snapshot is not applied (reconciliation is not built). A report for no
 * known account or order is dead-lettered intact with the reason: kept, not applied.
 */
public final class Mt5ExecutionConsumer implements EventHandler {
  public static final String TYPE = "trade.execution.reported";
  public static final ConsumerSource SOURCE =
      ConsumerSource.subscription(EventRouting.TRADING, "trading-engine-executions");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TradingEngine engine;
  private final Mt5Accounts accounts;

  public Mt5ExecutionConsumer(TradingEngine engine, Mt5Accounts accounts) {
    this.engine = engine;
    this.accounts = accounts;
  }

  @Override
  public void handle(EventEnvelope event) throws IOException {
    if (!TYPE.equals(event.type())) {
      return; // the topic carries the engine's own events too
    }
    JsonNode p = JSON.readTree(event.payload());
    String kind = text(p, "kind");
    if (kind.equals("POSITIONS")) {
      return;
    }
    long login = p.path("account").asLong();
    AccountId account =
        accounts
            .accountOf(event.tenantId(), login)
            .orElseThrow(() -> new PoisonEventException("no trading account for MT5 " + login));
    String clientOrderId = text(p, "clientOrderId");
    OrderView order = engine.find(account, new ClientOrderId(clientOrderId));
    if (order == null) {
      throw new PoisonEventException("no order " + clientOrderId + " on account " + account);
    }
    engine.onExecution(report(p, kind, new OrderId(order.id())));
    engine.flush();
  }

  private static ExecutionReport report(JsonNode p, String kind, OrderId order) {
    ExecutionId id = new ExecutionId(text(p, "executionId"));
    long time = p.path("time").asLong();
    return switch (kind) {
      case "FILL" ->
          ExecutionReport.fill(
              id,
              order,
              new BigDecimal(p.path("volume").asText()),
              new BigDecimal(p.path("price").asText()),
              BigDecimal.ZERO,
              time);
      case "REJECT" ->
          ExecutionReport.of(
              id, order, ExecutionKind.REJECTED, time, "MT5 retcode " + p.path("retcode").asInt());
      default -> throw new PoisonEventException("unknown execution kind " + kind);
    };
  }

  private static String text(JsonNode p, String field) {
    JsonNode v = p.get(field);
    if (v == null || v.asText().isEmpty()) {
      throw new PoisonEventException("execution report without " + field);
    }
    return v.asText();
  }
}
