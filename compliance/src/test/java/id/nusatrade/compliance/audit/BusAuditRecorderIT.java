package id.nusatrade.compliance.audit;

import static id.nusatrade.compliance.audit.EmbeddedDatabase.APP;
import static id.nusatrade.compliance.audit.EmbeddedDatabase.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.PoisonEventException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Audit events from the bus land in the chain once per event id, on a real PostgreSQL. */
class BusAuditRecorderIT {
  private static final TenantId TENANT_A = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
  private static EmbeddedDatabase db;
  private DataSource owner;
  private PostgresAuditTrail trail;
  private BusAuditRecorder recorder;

  @BeforeAll
  static void startPostgres() throws Exception {
    db = new EmbeddedDatabase();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    db.close();
  }

  @BeforeEach
  void installSchema() throws SQLException {
    String database = db.freshDatabase();
    owner = db.as(OWNER, database);
    try (Connection connection = owner.getConnection()) {
      AuditSchema.install(connection, APP);
    }
    trail = new PostgresAuditTrail(db.as(APP, database), owner);
    recorder = new BusAuditRecorder(trail);
  }

  private static EventEnvelope smokeCheckReport(UUID id) {
    return new EventEnvelope(
        id,
        TENANT_A,
        "audit.platform.smoke-check.completed",
        T0,
        1,
        "{\"actor\":\"workflow-engine\",\"action\":\"platform.smoke-check.completed\","
            + "\"subject\":\"smoke-check/r-1\",\"details\":{\"outcome\":\"passed\"}}");
  }

  @Test
  void anEventDeliveredThreeTimesIsOneRecordOfAnIntactChain() throws Exception {
    UUID id = UUID.fromString("0b5e6f3c-2a1d-4c8b-9e7f-6a5b4c3d2e1f");
    recorder.handle(smokeCheckReport(id));
    recorder.handle(smokeCheckReport(id)); // redelivered after a lost commit
    recorder.handle(smokeCheckReport(UUID.fromString("1c6f7a4d-3b2e-4d9c-8f0a-7b6c5d4e3f20")));
    recorder.handle(smokeCheckReport(id));

    assertThat(rows("select actor || ' ' || action || ' ' || subject || ' ' || tenant_id"))
        .containsExactly(
            "workflow-engine platform.smoke-check.completed smoke-check/r-1 " + TENANT_A,
            "workflow-engine platform.smoke-check.completed smoke-check/r-1 " + TENANT_A);
    assertThat(rows("select payload").getFirst())
        .isEqualTo(
            "{\"eventId\":\""
                + id
                + "\",\"type\":\"audit.platform.smoke-check.completed\","
                + "\"details\":{\"outcome\":\"passed\"}}");
    assertThat(trail.verify().isIntact()).isTrue();
    assertThat(trail.verify().recordsChecked()).isEqualTo(2);
  }

  @Test
  void anEventThatCanNeverBeAnAuditRecordIsPoisonNotRetried() {
    var noActor =
        new EventEnvelope(
            UUID.randomUUID(),
            TENANT_A,
            "audit.x.y",
            T0,
            1,
            "{\"action\":\"x.y\",\"subject\":\"s\"}");
    var notJson = new EventEnvelope(UUID.randomUUID(), TENANT_A, "audit.x.y", T0, 1, "oops");
    var badAction =
        new EventEnvelope(
            UUID.randomUUID(),
            TENANT_A,
            "audit.x.y",
            T0,
            1,
            "{\"actor\":\"a\",\"action\":\"Not An Action\",\"subject\":\"s\"}");

    assertThatThrownBy(() -> recorder.handle(noActor))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("'actor'");
    assertThatThrownBy(() -> recorder.handle(notJson)).isInstanceOf(PoisonEventException.class);
    assertThatThrownBy(() -> recorder.handle(badAction)).isInstanceOf(PoisonEventException.class);
  }

  private List<String> rows(String select) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = owner.getConnection();
        ResultSet r = c.createStatement().executeQuery(select + " from audit_event order by seq")) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
