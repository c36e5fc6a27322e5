package id.nusatrade.backtest.service.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.backtest.service.BacktestId;
import id.nusatrade.backtest.service.BacktestRun;
import id.nusatrade.backtest.service.BacktestStatus;
import id.nusatrade.domain.tenant.TenantId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The V80 table on a real PostgreSQL, written as the (non-owner) app role under RLS. */
class PostgresBacktestRunsIT {
  static final String OWNER = "nusatrade_owner";
  static final String APP = "nusatrade_app";
  static final TenantId A = new TenantId(new UUID(0xA, 1));
  static final TenantId B = new TenantId(new UUID(0xB, 1));
  static final Instant T0 = Instant.parse("2026-06-01T01:02:03.456Z");
  static EmbeddedPostgres postgres;
  static PostgresBacktestRuns runs;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create role " + OWNER + " login password '" + OWNER + "'");
      s.execute("create role " + APP + " login nosuperuser nobypassrls password '" + APP + "'");
      s.execute("create database backtest owner " + OWNER);
    }
    try (Connection c = source(OWNER).getConnection();
        Statement s = c.createStatement();
        InputStream ddl = BacktestSchema.class.getResourceAsStream(BacktestSchema.RUNS)) {
      // as migration V3 defines it
      s.execute(
          "create function app_current_tenant() returns uuid language sql stable as"
              + " $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$");
      s.execute("grant execute on function app_current_tenant() to " + APP);
      s.execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8).replace("${appRole}", APP));
    }
    runs = new PostgresBacktestRuns(source(APP));
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  static DataSource source(String role) {
    PGSimpleDataSource s = new PGSimpleDataSource();
    s.setServerNames(new String[] {"127.0.0.1"});
    s.setPortNumbers(new int[] {postgres.getPort()});
    s.setDatabaseName("backtest");
    s.setUser(role);
    s.setPassword(role);
    return s;
  }

  static BacktestRun run(BacktestId id, BacktestStatus status, Instant created) {
    boolean done = status == BacktestStatus.SUCCEEDED;
    return new BacktestRun(
        id,
        "process-1",
        status,
        done ? 1 : 0.25,
        "sma-cross",
        "upload",
        "next-open",
        created,
        created.plusSeconds(1),
        done ? created.plusSeconds(2) : null,
        null,
        done ? "{\"trades\":[]}" : null,
        done ? "[[1,100000.0]]" : null);
  }

  @Test
  void aRunIsStoredUpdatedAndReadBackExactlyByItsTenantOnly() {
    BacktestId id = BacktestId.random();
    assertThat(runs.insertWithin(A, run(id, BacktestStatus.QUEUED, T0), 10)).isTrue();
    BacktestRun finished = run(id, BacktestStatus.SUCCEEDED, T0);
    runs.update(A, finished);

    assertThat(runs.find(A, id)).contains(finished);
    assertThat(runs.find(B, id)).isEmpty();
    assertThat(runs.list(B)).extracting(BacktestRun::id).doesNotContain(id);
    // another tenant's update reaches nothing
    runs.update(B, run(id, BacktestStatus.QUEUED, T0));
    assertThat(runs.find(A, id)).contains(finished);
  }

  @Test
  void theListIsNewestFirstWithoutReports() {
    TenantId c = new TenantId(new UUID(0xC, 1));
    BacktestId older = BacktestId.random();
    BacktestId newer = BacktestId.random();
    runs.insertWithin(c, run(older, BacktestStatus.QUEUED, T0), 10);
    runs.insertWithin(c, run(newer, BacktestStatus.QUEUED, T0.plusSeconds(60)), 10);
    runs.update(c, run(older, BacktestStatus.SUCCEEDED, T0));

    assertThat(runs.list(c)).extracting(BacktestRun::id).containsExactly(newer, older);
    assertThat(runs.list(c).get(1).report()).isNull();
    assertThat(runs.list(c).get(1).status()).isEqualTo(BacktestStatus.SUCCEEDED);
  }

  @Test
  void theLimitCountsOnlyUnfinishedRunsOfTheSameProcessAndHoldsUnderConcurrency() throws Exception {
    TenantId d = new TenantId(new UUID(0xD, 1));
    BacktestId first = BacktestId.random();
    assertThat(runs.insertWithin(d, run(first, BacktestStatus.QUEUED, T0), 1)).isTrue();
    assertThat(runs.insertWithin(d, run(BacktestId.random(), BacktestStatus.QUEUED, T0), 1))
        .isFalse();
    runs.update(d, run(first, BacktestStatus.SUCCEEDED, T0));
    assertThat(runs.insertWithin(d, run(BacktestId.random(), BacktestStatus.QUEUED, T0), 1))
        .isTrue();

    // eight concurrent starts against a limit of 3 for a fresh tenant: exactly 3 are stored
    TenantId e = new TenantId(new UUID(0xE, 1));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> outcomes = new java.util.ArrayList<>();
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      for (int i = 0; i < 8; i++) {
        outcomes.add(
            pool.submit(
                () -> {
                  go.await();
                  return runs.insertWithin(
                      e, run(BacktestId.random(), BacktestStatus.QUEUED, T0), 3);
                }));
      }
      go.countDown();
      int stored = 0;
      for (java.util.concurrent.Future<Boolean> f : outcomes) {
        stored += f.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(stored).isEqualTo(3);
      assertThat(runs.list(e)).hasSize(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theAppRoleCannotDeleteRunsNorWriteAnotherTenantsRow() throws Exception {
    BacktestId id = BacktestId.random();
    assertThat(runs.insertWithin(A, run(id, BacktestStatus.QUEUED, T0), 10)).isTrue();
    try (Connection c = source(APP).getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("delete from backtest_run"))
          .hasMessageContaining("permission denied");
      // without a tenant in the transaction, RLS shows nothing
      try (ResultSet r = s.executeQuery("select count(*) from backtest_run")) {
        r.next();
        assertThat(r.getLong(1)).isZero();
      }
    }
    try (Connection c = source(APP).getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("select set_config('app.tenant_id', '" + B + "', true)");
        assertThatThrownBy(
                () ->
                    s.execute(
                        "insert into backtest_run (id, tenant_id, process, status,"
                            + " strategy_name, data, fill, created_at) values"
                            + " (gen_random_uuid(), '"
                            + A
                            + "', 'p', 'QUEUED', 'x', 'upload', 'close', now())"))
            .hasMessageContaining("row-level security");
      } finally {
        c.rollback();
      }
    }
  }
}
