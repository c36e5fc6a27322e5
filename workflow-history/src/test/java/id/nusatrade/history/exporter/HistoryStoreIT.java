package id.nusatrade.history.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.history.HistorySchema;
import id.nusatrade.history.PostgresProcessHistory;
import id.nusatrade.history.ProcessHistory;
import id.nusatrade.history.ProcessHistoryService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The exporter's writes and the read side on a real PostgreSQL with the production role split: the
 * owner installs the schema and writes (as the exporter does), the application role reads under
 * row-level security.
 */
class HistoryStoreIT {
  private static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final TenantId B = TenantId.of("22222222-2222-2222-2222-222222222222");
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
  private static final long KEY = 2251799813685249L;
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    try (Connection su = postgres.getPostgresDatabase().getConnection();
        Statement s = su.createStatement()) {
      s.execute("create role history_owner login password 'history_owner'");
      s.execute("create role history_app login password 'history_app'");
      s.execute("create database history owner history_owner");
    }
    try (Connection owner = as("history_owner").getConnection();
        Statement s = owner.createStatement();
        InputStream ddl = HistorySchema.class.getResourceAsStream(HistorySchema.V110)) {
      // what migration V3 provides in the server
      s.execute(
          "create function app_current_tenant() returns uuid language sql stable as"
              + " $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$");
      s.execute(
          new String(ddl.readAllBytes(), StandardCharsets.UTF_8)
              .replace("${appRole}", "history_app"));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void aBatchWrittenTwiceIsStoredOnceAndReadOnlyByItsTenant() throws Exception {
    List<HistoryRow> batch = batch();
    try (Connection owner = as("history_owner").getConnection()) {
      HistoryWriter.write(owner, batch);
      HistoryWriter.write(owner, batch); // a re-export after a restart
      HistoryWriter.write(owner, batch.subList(3, batch.size()));
    }

    ProcessHistoryService service =
        new ProcessHistoryService(new PostgresProcessHistory(as("history_app")));
    ProcessHistory history = service.history(A, KEY).orElseThrow();
    assertThat(history.instance())
        .isEqualTo(
            new ProcessHistory.Instance(
                KEY, "trade-approval", 2, 77L, "ord-7", "COMPLETED", T0, T0.plusSeconds(30)));
    assertThat(history.bpmnXml()).isEqualTo("<definitions/>");
    assertThat(history.path())
        .extracting(ProcessHistory.Step::elementId)
        .containsExactly("trade-approval", "review_trade", "review_trade", "trade-approval");
    assertThat(history.variables())
        .extracting(ProcessHistory.VariableValue::name, ProcessHistory.VariableValue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tenantId", "\"" + A + "\""),
            org.assertj.core.groups.Tuple.tuple("orderId", "\"ord-7\""),
            org.assertj.core.groups.Tuple.tuple("nik", "***"));
    assertThat(history.decisions())
        .containsExactly(
            new ProcessHistory.Decision(
                "review_trade", "officer-a", "APPROVED", "fine", T0.plusSeconds(29)));
    assertThat(service.forOrder(A, "ord-7"))
        .extracting(ProcessHistory.Instance::processInstanceKey)
        .containsExactly(KEY);

    assertThat(service.history(B, KEY)).isEmpty();
    assertThat(service.forOrder(B, "ord-7")).isEmpty();
    assertThat(count("process_history_element")).isEqualTo(4);
    assertThat(count("process_history_variable")).isEqualTo(3);
    assertThat(count("process_history_job")).isEqualTo(1);
  }

  @Test
  void theApplicationRoleCannotWriteHistory() {
    assertThatThrownBy(
            () -> {
              try (Connection app = as("history_app").getConnection()) {
                HistoryWriter.write(app, batch());
              }
            })
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("permission denied");
  }

  private static List<HistoryRow> batch() {
    return List.of(
        new HistoryRow.Definition(1, 77, "trade-approval", 2, "ta.bpmn", "<definitions/>", T0),
        new HistoryRow.Element(
            1, 10, KEY, KEY, "trade-approval", "PROCESS", "ELEMENT_ACTIVATED", T0),
        new HistoryRow.InstanceStarted(1, 10, KEY, "trade-approval", 2, 77, T0),
        new HistoryRow.Variable(1, 11, KEY, KEY, "tenantId", "\"" + A + "\"", "CREATED", T0),
        new HistoryRow.InstanceTagged(1, 11, KEY, "tenant_id", A.toString()),
        new HistoryRow.Variable(1, 12, KEY, KEY, "orderId", "\"ord-7\"", "CREATED", T0),
        new HistoryRow.InstanceTagged(1, 12, KEY, "order_id", "ord-7"),
        new HistoryRow.Variable(1, 13, KEY, KEY, "nik", "\"3171012345678901\"", "CREATED", T0),
        new HistoryRow.Element(
            1, 14, KEY, KEY + 5, "review_trade", "USER_TASK", "ELEMENT_ACTIVATED", T0),
        new HistoryRow.Job(
            1,
            20,
            KEY,
            KEY + 5,
            "review_trade",
            "io.camunda.zeebe:userTask",
            "COMPLETED",
            "officer-a",
            "officer-a",
            "APPROVED",
            "fine",
            null,
            T0.plusSeconds(29)),
        new HistoryRow.Element(
            1,
            21,
            KEY,
            KEY + 5,
            "review_trade",
            "USER_TASK",
            "ELEMENT_COMPLETED",
            T0.plusSeconds(29)),
        new HistoryRow.Element(
            1, 22, KEY, KEY, "trade-approval", "PROCESS", "ELEMENT_COMPLETED", T0.plusSeconds(30)),
        new HistoryRow.InstanceEnded(1, 22, KEY, "COMPLETED", T0.plusSeconds(30)));
  }

  private static long count(String table) throws SQLException {
    try (Connection owner = as("history_owner").getConnection();
        Statement s = owner.createStatement();
        var r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static DataSource as(String role) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"127.0.0.1"});
    source.setPortNumbers(new int[] {postgres.getPort()});
    source.setDatabaseName("history");
    source.setUser(role);
    source.setPassword(role);
    return source;
  }
}
