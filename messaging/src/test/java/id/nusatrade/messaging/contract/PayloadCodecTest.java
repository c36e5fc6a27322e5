package id.nusatrade.messaging.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ExitReason;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.json.EventJsonCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayloadCodecTest {
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final UUID ID = UUID.fromString("6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f");
  private static final Instant AT = Instant.parse("2025-03-04T02:15:00Z");

  private final PayloadCodec codec = new PayloadCodec();

  static Stream<Arguments> payloads() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("sma_5", 2912.35);
    values.put("rsi_14", null);
    return Stream.of(
        Arguments.of(
            EventContracts.TICK_SAMPLED, new TickSampled(7, "XAUUSD", 1_000L, 1.5, 1.75, 0)),
        Arguments.of(
            EventContracts.TICK_REJECTED,
            new TickRejected(7, "XAUUSD", 42, 1_000L, 2.0, 1.0, "CROSSED", 3)),
        Arguments.of(
            EventContracts.BAR_CLOSED,
            new BarClosed(7, "XAUUSD", Timeframe.M1, 60_000L, 1, 2, 0.5, 1.25, 17)),
        Arguments.of(
            EventContracts.INDICATORS_UPDATED,
            new IndicatorsUpdated(7, "XAUUSD", Timeframe.H1, 3_600_000L, values)),
        Arguments.of(
            EventContracts.EXECUTION_REPORTED,
            new ExecutionReported(
                "mt5:t:7:3",
                7,
                3,
                "FILL",
                "c-1",
                "XAUUSD",
                "BUY",
                0.1,
                2912.35,
                -0.7,
                -1.25,
                99,
                10009,
                1_700_000_000_000L,
                1,
                List.of(new ReportedPosition(99, "XAUUSD", "BUY", 0.1, 2912.35)))),
        Arguments.of(
            EventContracts.APPROVAL_DECIDED,
            new ApprovalDecided("o-1", ApprovalDecided.Result.APPROVED, "officer-a")),
        Arguments.of(
            EventContracts.AUDIT,
            new AuditRecorded(
                "officer-a",
                "compliance.review.closed",
                "review-task/42",
                Map.of("outcome", "APPROVE", "score", 3))),
        Arguments.of(
            EventContracts.ACCOUNT_CHANGED,
            new AccountChanged("acc-1", AccountMode.LIVE, TradingState.ACTIVE)),
        Arguments.of(EventContracts.ORDER_CHANGED, order(OrderState.FILLED, null)),
        Arguments.of(
            EventContracts.ORDER_CHANGED, order(OrderState.PENDING_APPROVAL, ExitReason.STOP_LOSS)),
        Arguments.of(
            EventContracts.POSITION_CHANGED,
            new PositionChanged(
                "acc-1",
                "EURUSD",
                new BigDecimal("-0.10"),
                null,
                new BigDecimal("12.34"),
                new BigDecimal("0.70"))),
        Arguments.of(
            EventContracts.WORKFLOW,
            new WorkflowRequested(
                "trade.approval-requested", "o-1", Map.of("orderId", "o-1", "lots", 2))),
        Arguments.of(
            EventContracts.SIGNAL_DECIDED,
            new SignalDecided(
                7,
                "BTCUSD",
                Timeframe.M1,
                60_000L,
                "BUY",
                0.625,
                "6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f",
                "lightgbm-0d608510d42a",
                List.of(
                    new SignalDecided.Contribution("rsi_14", 28.5, 0.25),
                    new SignalDecided.Contribution("ret_5", -0.001, -0.125)))));
  }

  private static OrderChanged order(OrderState state, ExitReason exit) {
    return new OrderChanged(
        "acc-1",
        17,
        "c-1",
        "EURUSD",
        Side.BUY,
        OrderType.LIMIT,
        new BigDecimal("0.10"),
        new BigDecimal("1.1000"),
        null,
        state,
        new BigDecimal("0.10"),
        new BigDecimal("1.10020"),
        List.of("FIRST_LIVE_TRADE: ask first"),
        exit);
  }

  @Test
  void the_trading_payloads_keep_their_hand_written_wire_format() {
    EventEnvelope held =
        codec.envelope(
            EventContracts.ORDER_CHANGED, ID, TENANT, AT, order(OrderState.PENDING_APPROVAL, null));
    EventEnvelope filled =
        codec.envelope(
            EventContracts.ORDER_CHANGED, ID, TENANT, AT, order(OrderState.FILLED, null));
    EventEnvelope position =
        codec.envelope(
            EventContracts.POSITION_CHANGED,
            ID,
            TENANT,
            AT,
            new PositionChanged(
                "acc-1",
                "EURUSD",
                BigDecimal.TEN,
                new BigDecimal("1.1002"),
                BigDecimal.ZERO,
                BigDecimal.ZERO));

    assertThat(held.type()).isEqualTo("trade.order.approval-requested");
    assertThat(filled.type()).isEqualTo("trade.order.changed");
    assertThat(filled.payload())
        .isEqualTo(
            "{\"accountId\":\"acc-1\",\"orderId\":17,\"clientOrderId\":\"c-1\","
                + "\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"LIMIT\","
                + "\"quantity\":0.10,\"limitPrice\":1.1000,\"stopPrice\":null,"
                + "\"state\":\"FILLED\",\"filledQuantity\":0.10,\"averagePrice\":1.10020,"
                + "\"reasons\":[\"FIRST_LIVE_TRADE: ask first\"],\"exitReason\":null,"
                + "\"notional\":null}");
    assertThat(position.type()).isEqualTo("trade.position.changed");
    assertThat(position.payload())
        .isEqualTo(
            "{\"accountId\":\"acc-1\",\"symbol\":\"EURUSD\",\"quantity\":10,"
                + "\"averagePrice\":1.1002,\"realisedPnl\":0,\"commissions\":0}");
  }

  @Test
  void a_workflow_message_takes_its_name_from_the_event_type() {
    EventEnvelope e =
        codec.envelope(
            EventContracts.WORKFLOW,
            ID,
            TENANT,
            AT,
            new WorkflowRequested("platform.smoke-check.requested", "req-1", null));

    assertThat(e.type()).isEqualTo("workflow.platform.smoke-check.requested");
    assertThat(e.payload()).isEqualTo("{\"correlationKey\":\"req-1\",\"variables\":{}}");
    assertThat(
            codec.decode(
                EventContracts.WORKFLOW, event("workflow.x.y", 1, "{\"correlationKey\":\"k\"}")))
        .isEqualTo(new WorkflowRequested("x.y", "k", Map.of()));
    assertThatThrownBy(
            () ->
                codec.decode(
                    EventContracts.WORKFLOW,
                    event("workflow.x.y", 1, "{\"correlationKey\":\"k\",\"variables\":[]}")))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("variables");
  }

  @ParameterizedTest
  @MethodSource("payloads")
  <P> void a_payload_survives_the_bus_unchanged(EventContract<P> contract, P payload)
      throws Exception {
    EventEnvelope sent = codec.envelope(contract, ID, TENANT, AT, payload);
    EventJsonCodec wire = new EventJsonCodec();

    EventEnvelope received = wire.decode(wire.encode(sent));

    assertThat(received.schemaVersion()).isEqualTo(1);
    assertThat(contract.matches(received.type())).isTrue();
    assertThat(codec.decode(contract, received)).isEqualTo(payload);
  }

  @Test
  void the_bar_payload_is_the_documented_wire_format() {
    EventEnvelope e =
        codec.envelope(
            EventContracts.BAR_CLOSED,
            ID,
            TENANT,
            AT,
            new BarClosed(7, "XAUUSD", Timeframe.M1, 60_000L, 1, 2, 0.5, 1.25, 17));

    assertThat(e.type()).isEqualTo("market.bar.closed");
    assertThat(e.payload())
        .isEqualTo(
            "{\"account\":7,\"symbol\":\"XAUUSD\",\"timeframe\":\"M1\",\"openTime\":60000,"
                + "\"open\":1.0,\"high\":2.0,\"low\":0.5,\"close\":1.25,\"tickVolume\":17}");
  }

  @Test
  void an_indicator_still_warming_up_travels_as_null() {
    IndicatorsUpdated p =
        IndicatorsUpdated.of(
            7,
            "XAUUSD",
            Timeframe.M1,
            0,
            new String[] {"sma_5", "ema_3"},
            new double[] {Double.NaN, 2.5});

    assertThat(codec.payloadJson(p)).contains("\"values\":{\"sma_5\":null,\"ema_3\":2.5}");
  }

  @Test
  void an_audit_event_is_typed_by_its_action() {
    EventEnvelope e =
        codec.envelope(
            EventContracts.AUDIT,
            ID,
            TENANT,
            AT,
            new AuditRecorded("system", "platform.smoke-check.completed", "smoke-check/1", null));

    assertThat(e.type()).isEqualTo("audit.platform.smoke-check.completed");
  }

  @Test
  void a_consumer_refuses_a_payload_missing_a_field_and_names_it() {
    EventEnvelope e = event("market.bar.closed", 1, "{\"account\":7,\"symbol\":\"XAUUSD\"}");

    assertThatThrownBy(() -> codec.decode(EventContracts.BAR_CLOSED, e))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("market.bar.closed v1 event " + ID)
        .hasMessage("market.bar.closed v1 event " + ID + ": payload lacks 'timeframe'");
    EventEnvelope array = event("market.bar.closed", 1, "[1,2]");
    assertThatThrownBy(() -> codec.decode(EventContracts.BAR_CLOSED, array))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("payload is not a JSON object");
  }

  @Test
  void an_audit_event_may_leave_out_its_details() {
    EventEnvelope e =
        event("audit.x.y", 1, "{\"actor\":\"a\",\"action\":\"x.y\",\"subject\":\"s\"}");

    assertThat(codec.decode(EventContracts.AUDIT, e))
        .isEqualTo(new AuditRecorded("a", "x.y", "s", Map.of()));
  }

  @Test
  void a_consumer_refuses_a_payload_that_is_not_json() {
    EventEnvelope e = event("market.tick.sampled", 1, "{\"account\":7,");

    assertThatThrownBy(() -> codec.decode(EventContracts.TICK_SAMPLED, e))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageStartingWith("market.tick.sampled v1 event " + ID + ": unreadable payload");
  }

  @Test
  void a_consumer_refuses_a_value_of_the_wrong_type_or_outside_the_record() {
    String bar =
        "{\"account\":7,\"symbol\":\"XAUUSD\",\"timeframe\":\"M7\",\"openTime\":0,\"open\":1,"
            + "\"high\":1,\"low\":1,\"close\":1,\"tickVolume\":1}";
    assertThatThrownBy(
            () -> codec.decode(EventContracts.BAR_CLOSED, event("market.bar.closed", 1, bar)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("M7");

    String tick = "{\"account\":7,\"symbol\":\" \",\"time\":1,\"bid\":1,\"ask\":1,\"last\":0}";
    assertThatThrownBy(
            () -> codec.decode(EventContracts.TICK_SAMPLED, event("market.tick.sampled", 1, tick)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("invalid payload: 'symbol' is missing or blank");
  }

  @Test
  void a_consumer_refuses_another_type_or_an_unknown_schema_version() {
    String tick = "{\"account\":7,\"symbol\":\"X\",\"time\":1,\"bid\":1,\"ask\":1,\"last\":0}";

    assertThatThrownBy(
            () -> codec.decode(EventContracts.BAR_CLOSED, event("market.tick.sampled", 1, tick)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("is not a market.bar.closed v1 event");
    assertThatThrownBy(
            () -> codec.decode(EventContracts.TICK_SAMPLED, event("market.tick.sampled", 2, tick)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("unsupported schema version");
  }

  @Test
  void a_field_a_newer_producer_adds_is_ignored() {
    String tick =
        "{\"account\":7,\"symbol\":\"X\",\"time\":1,\"bid\":1,\"ask\":2,\"last\":0,\"spread\":1}";

    assertThat(codec.decode(EventContracts.TICK_SAMPLED, event("market.tick.sampled", 1, tick)))
        .isEqualTo(new TickSampled(7, "X", 1, 1, 2, 0));
  }

  private static EventEnvelope event(String type, int version, String payload) {
    return new EventEnvelope(ID, TENANT, type, AT, version, payload);
  }
}
