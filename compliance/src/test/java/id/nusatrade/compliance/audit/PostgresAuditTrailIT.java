package id.nusatrade.compliance.audit;

import static id.nusatrade.compliance.audit.EmbeddedDatabase.APP;
import static id.nusatrade.compliance.audit.EmbeddedDatabase.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditRecord;
import id.nusatrade.domain.audit.ChainBreak;
import id.nusatrade.domain.audit.ChainBreak.Kind;
import id.nusatrade.domain.audit.ChainVerification;
import id.nusatrade.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresAuditTrailIT {
  private static final TenantId TENANT_A = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

  private static EmbeddedDatabase db;
  private DataSource owner;
  private DataSource app;
  private PostgresAuditTrail trail;

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
    app = db.as(APP, database);
    trail = new PostgresAuditTrail(app, owner);
  }

  @Test
  void appendedEventsFormAChainThatVerifies() {
    List<AuditRecord> records = appendEvents(50);

    assertThat(records).extracting(AuditRecord::seq).containsExactlyElementsOf(seqs(1, 50));
    for (int i = 1; i < records.size(); i++) {
      assertThat(records.get(i).prevHash()).isEqualTo(records.get(i - 1).hash());
    }
    ChainVerification result = trail.verify();
    assertThat(result.isIntact()).isTrue();
    assertThat(result.recordsChecked()).isEqualTo(50);
  }

  @Test
  void concurrentAppendsStayOneLinearChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      writers.add(pool.submit(() -> appendEvents(25, "writer-" + writer)));
    }
    for (Future<?> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    ChainVerification result = trail.verify();
    assertThat(result.isIntact()).isTrue();
    assertThat(result.recordsChecked()).isEqualTo(100);
  }

  @Test
  void ownerEditOfARowIsReportedAtThatRow() throws SQLException {
    appendEvents(10);

    asOwnerWithoutGuards("update audit_event set payload = '{\"amount\":1}' where seq = 4");

    assertThat(firstBreak()).isEqualTo(new Found(4, Kind.EDITED));
  }

  @Test
  void deletedMiddleRowIsReportedAtItsSuccessor() throws SQLException {
    appendEvents(10);

    asOwnerWithoutGuards("delete from audit_event where seq = 5");

    assertThat(firstBreak()).isEqualTo(new Found(6, Kind.DELETED));
  }

  @Test
  void swappedRowsAreReportedAsReordered() throws SQLException {
    appendEvents(10);

    asOwnerWithoutGuards(
        "update audit_event set seq = -3 where seq = 3",
        "update audit_event set seq = 3 where seq = 4",
        "update audit_event set seq = 4 where seq = -3");

    assertThat(firstBreak()).isEqualTo(new Found(3, Kind.REORDERED));
  }

  @Test
  void rowsRemovedFromTheEndAreReportedAsTruncation() throws SQLException {
    appendEvents(10);

    asOwnerWithoutGuards("delete from audit_event where seq >= 9");

    assertThat(firstBreak()).isEqualTo(new Found(10, Kind.TRUNCATED));
  }

  @Test
  void appRoleHasNoUpdateDeleteOrTruncatePrivilege() {
    appendEvents(3);

    for (String sql :
        List.of(
            "update audit_event set actor = 'x' where seq = 2",
            "delete from audit_event where seq = 2",
            "truncate audit_event")) {
      assertThatThrownBy(() -> asApp(sql))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("42501");
    }
    assertThat(trail.verify().isIntact()).isTrue();
  }

  @Test
  void triggerStopsEvenTheOwnerUnlessDisabled() {
    appendEvents(3);

    assertThatThrownBy(() -> asOwner("update audit_event set actor = 'x' where seq = 2"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> asOwner("delete from audit_event where seq = 2"))
        .hasMessageContaining("append-only");
    assertThat(trail.verify().isIntact()).isTrue();
  }

  @Test
  void anApplicationSessionReadsOnlyItsOwnTenantsRecordsWhateverItSets() throws SQLException {
    appendEvents(9); // seq 1, 4, 7 have no tenant; the others belong to tenant A
    String tenantB = "22222222-2222-2222-2222-222222222222";

    // the old switch that opened the whole chain to any application session
    assertThat(countAsApp("select set_config('app.audit_scope', 'chain', true)")).isZero();
    assertThat(countAsApp("select set_config('app.tenant_id', '" + tenantB + "', true)")).isZero();
    assertThat(countAsApp("select set_config('app.tenant_id', '" + TENANT_A + "', true)"))
        .isEqualTo(6);
    assertThat(trail.verify().recordsChecked()).isEqualTo(9); // the owner-side verifier sees all
  }

  @Test
  void verificationOnTheApplicationPoolCannotSeeTheChain() {
    appendEvents(4);

    // read through the app role, the chain looks broken: no whole-chain reads there any more
    assertThat(new PostgresAuditTrail(app, app).verify().isIntact()).isFalse();
  }

  private long countAsApp(String scope) throws SQLException {
    try (Connection connection = app.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute(scope);
      try (var rows = statement.executeQuery("select count(*) from audit_event")) {
        rows.next();
        long count = rows.getLong(1);
        connection.rollback();
        return count;
      }
    }
  }

  private record Found(long seq, Kind kind) {}

  private Found firstBreak() {
    ChainBreak at = trail.verify().firstBreak().orElseThrow();
    return new Found(at.seq(), at.kind());
  }

  private List<AuditRecord> appendEvents(int n) {
    return appendEvents(n, "officer-a");
  }

  private List<AuditRecord> appendEvents(int n, String actor) {
    List<AuditRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String payload = "{\"n\":" + i + "}";
      AuditEvent event =
          new AuditEvent(
              i % 3 == 0 ? null : TENANT_A,
              actor,
              "tenant.read",
              "tenant/" + TENANT_A,
              T0.plusMillis(i),
              payload);
      records.add(trail.append(event));
    }
    return records;
  }

  private static List<Long> seqs(long from, long to) {
    List<Long> seqs = new ArrayList<>();
    for (long s = from; s <= to; s++) {
      seqs.add(s);
    }
    return seqs;
  }

  /** What an attacker holding the owner role can do: switch the trigger off, then edit. */
  private void asOwnerWithoutGuards(String... statements) throws SQLException {
    List<String> all = new ArrayList<>();
    all.add("alter table audit_event disable trigger audit_event_append_only");
    all.addAll(List.of(statements));
    all.add("alter table audit_event enable trigger audit_event_append_only");
    asOwner(all.toArray(String[]::new));
  }

  private void asOwner(String... statements) throws SQLException {
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private void asApp(String sql) throws SQLException {
    try (Connection connection = app.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
