package id.nusatrade.compliance.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.compliance.audit.EmbeddedDatabase;
import id.nusatrade.domain.tenant.TenantId;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review store on a real PostgreSQL, schema installed as the owner, used as the app role. */
class PostgresReviewTasksIT {
  private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static EmbeddedDatabase postgres;

  private PostgresReviewTasks store;

  @BeforeAll
  static void start() throws Exception {
    postgres = new EmbeddedDatabase();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void freshSchema() throws Exception {
    String database = postgres.freshDatabase();
    try (Connection owner = postgres.as(EmbeddedDatabase.OWNER, database).getConnection()) {
      ReviewSchema.SCRIPT.install(owner, EmbeddedDatabase.APP);
    }
    store = new PostgresReviewTasks(postgres.as(EmbeddedDatabase.APP, database));
  }

  @Test
  void aRedeliveredTaskIsStoredOnceAndKeepsItsClaim() {
    ReviewTask task = task(7, T0.plusSeconds(300), null);
    store.addIfAbsent(task);
    assertThat(store.transition(7, ReviewTask.Status.OPEN, ReviewTask.Status.CLAIMED, "ana", T0))
        .isTrue();

    store.addIfAbsent(task);

    ReviewTask stored = store.find(7).orElseThrow();
    assertThat(stored.status()).isEqualTo(ReviewTask.Status.CLAIMED);
    assertThat(stored.claimedBy()).isEqualTo("ana");
    assertThat(stored.tenant()).isEqualTo(TENANT);
    assertThat(stored.slaDeadline()).isEqualTo(T0.plusSeconds(300));
    assertThat(stored.contextJson()).contains("\"orderId\": \"ord-7\"");
  }

  @Test
  void onlyOneOfTwoOfficersWinsAClaim() {
    store.addIfAbsent(task(7, T0, null));

    boolean ana = store.transition(7, ReviewTask.Status.OPEN, ReviewTask.Status.CLAIMED, "ana", T0);
    boolean budi =
        store.transition(7, ReviewTask.Status.OPEN, ReviewTask.Status.CLAIMED, "budi", T0);

    assertThat(ana).isTrue();
    assertThat(budi).isFalse();
  }

  @Test
  void openListsUndecidedTasksByDeadlineAndADecisionNeedsTheClaim() {
    store.addIfAbsent(task(1, T0.plusSeconds(3600), null));
    store.addIfAbsent(task(2, T0.plusSeconds(60), "ana"));
    store.addIfAbsent(task(3, null, null));
    store.transition(2, ReviewTask.Status.OPEN, ReviewTask.Status.CLAIMED, "budi", T0);

    assertThat(store.decide(2, "ana", "APPROVE", "ok", T0)).isFalse();
    assertThat(store.open()).extracting(ReviewTask::key).containsExactly(2L, 1L, 3L);
    assertThat(store.decide(2, "budi", "APPROVE", "ok", T0)).isTrue();
    assertThat(store.open()).extracting(ReviewTask::key).containsExactly(1L, 3L);
    assertThat(store.find(2).orElseThrow().firstApprover()).isEqualTo("ana");
  }

  private static ReviewTask task(long key, Instant deadline, String firstApprover) {
    return ReviewTask.open(
        key,
        firstApprover == null ? ReviewKind.TRADE : ReviewKind.TRADE_SECOND,
        1000 + key,
        "order/ord-" + key,
        TENANT,
        deadline,
        T0,
        firstApprover,
        "{\"orderId\":\"ord-" + key + "\"}");
  }
}
