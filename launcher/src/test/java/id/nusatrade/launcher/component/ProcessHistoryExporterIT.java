package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.history.HistorySchema;
import id.nusatrade.history.PostgresProcessHistory;
import id.nusatrade.history.ProcessHistory;
import id.nusatrade.history.ProcessHistoryService;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The process-history exporter in the real broker distribution, installed and configured by {@link
 * ZeebeBroker}, writing into the embedded PostgreSQL: a process whose user task is completed as a
 * job leaves its path, its variables and the decision; a broker restart exports the log again and
 * writes nothing twice.
 */
class ProcessHistoryExporterIT {
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final TenantId OTHER = TenantId.of("22222222-2222-2222-2222-222222222222");
  private static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";
  private static final String BPMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="history-it-definitions"
          targetNamespace="http://nusatrade.id/it">
        <bpmn:process id="history-it" isExecutable="true">
          <bpmn:startEvent id="start"/>
          <bpmn:sequenceFlow id="to_review" sourceRef="start" targetRef="review_trade"/>
          <bpmn:userTask id="review_trade" name="Review trade"/>
          <bpmn:sequenceFlow id="to_end" sourceRef="review_trade" targetRef="end"/>
          <bpmn:endEvent id="end"/>
        </bpmn:process>
      </bpmn:definitions>
      """;
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @TempDir Path state;

  @Test
  void anApprovedOrdersPathVariablesAndDecisionAreStoredOnceAcrossABrokerRestart()
      throws Exception {
    Path repository = Path.of("").toAbsolutePath().getParent();
    assertThat(repository.resolve(ZeebeBroker.HISTORY_EXPORTER_JAR))
        .as("the exporter jar is built by the workflow-history module")
        .isRegularFile();
    LauncherConfig config =
        LauncherConfig.defaults()
            .with(Setting.STATE_DIR, state)
            .with(Setting.HOME, repository)
            .withFreePorts();
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    ZeebeBroker zeebe = new ZeebeBroker(config);
    try (CamundaClient client = client(zeebe)) {
      postgres.start();
      installSchema(postgres, config);
      zeebe.start();
      ZeebeBrokerIT.awaitLeader(zeebe);
      ZeebeBrokerIT.deploy(zeebe, "history-it.bpmn", BPMN);

      long key =
          createInstance(
              client,
              Map.of(
                  "tenantId",
                  TENANT.toString(),
                  "orderId",
                  "ord-it-1",
                  "nik",
                  "3171012345678901",
                  "amount",
                  125000));
      decide(
          client,
          Map.of("outcome", "APPROVED", "reason", "within limits", "decidedBy", "officer-a"));

      ProcessHistoryService history =
          new ProcessHistoryService(new PostgresProcessHistory(appRole(postgres, config)));
      ProcessHistory stored =
          await(
              () -> history.history(TENANT, key).filter(h -> "COMPLETED".equals(state(h))),
              "instance " + key + " exported as completed");

      assertThat(stored.instance().bpmnProcessId()).isEqualTo("history-it");
      assertThat(stored.instance().version()).isEqualTo(1);
      assertThat(stored.instance().orderId()).isEqualTo("ord-it-1");
      assertThat(stored.bpmnXml()).contains("<bpmn:userTask id=\"review_trade\"");
      assertThat(stored.path())
          .extracting(ProcessHistory.Step::elementId, ProcessHistory.Step::intent)
          .containsExactly(
              tuple("history-it", "ELEMENT_ACTIVATED"),
              tuple("start", "ELEMENT_ACTIVATED"),
              tuple("start", "ELEMENT_COMPLETED"),
              tuple("to_review", "SEQUENCE_FLOW_TAKEN"),
              tuple("review_trade", "ELEMENT_ACTIVATED"),
              tuple("review_trade", "ELEMENT_COMPLETED"),
              tuple("to_end", "SEQUENCE_FLOW_TAKEN"),
              tuple("end", "ELEMENT_ACTIVATED"),
              tuple("end", "ELEMENT_COMPLETED"),
              tuple("history-it", "ELEMENT_COMPLETED"));
      assertThat(stored.visitedElements())
          .containsExactlyInAnyOrder("start", "to_review", "review_trade", "to_end", "end");
      assertThat(stored.variables())
          .extracting(ProcessHistory.VariableValue::name, ProcessHistory.VariableValue::value)
          .contains(
              tuple("nik", "***"),
              tuple("amount", "125000"),
              tuple("orderId", "\"ord-it-1\""),
              tuple("decidedBy", "\"officer-a\""));
      assertThat(stored.decisions())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.elementId()).isEqualTo("review_trade");
                assertThat(d.decidedBy()).isEqualTo("officer-a");
                assertThat(d.outcome()).isEqualTo("APPROVED");
                assertThat(d.reason()).isEqualTo("within limits");
              });
      assertThat(history.forOrder(TENANT, "ord-it-1"))
          .extracting(ProcessHistory.Instance::processInstanceKey)
          .containsExactly(key);
      assertThat(history.history(OTHER, key)).isEmpty();

      List<String> before = eventRows(postgres, config);
      long lastPosition = maxPosition(postgres, config);

      zeebe.stop();
      zeebe.start(); // same data: the exporter resumes from its last snapshot and exports again
      ZeebeBrokerIT.awaitLeader(zeebe);
      long second = createInstance(client, Map.of("tenantId", TENANT.toString()));
      await(
          () ->
              history
                  .history(TENANT, second)
                  .filter(h -> h.visitedElements().contains("review_trade")),
          "instance " + second + " exported after the restart");

      assertThat(reExportedFrom(state))
          .as("after the restart the exporter opened before the last position it had written")
          .anySatisfy(position -> assertThat(position).isLessThan(lastPosition));
      List<String> after = eventRows(postgres, config);
      assertThat(after).containsAll(before);
      assertThat(after.stream().filter(row -> row.startsWith(key + "|")).toList())
          .as("instance %s's rows, after re-export", key)
          .containsExactlyElementsOf(
              before.stream().filter(row -> row.startsWith(key + "|")).toList());
      assertThat(history.history(TENANT, key).orElseThrow().path()).hasSize(10);
    } finally {
      zeebe.stop();
      postgres.stop();
    }
  }

  private static void installSchema(EmbeddedPostgres postgres, LauncherConfig config)
      throws Exception {
    try (Connection owner = owner(postgres, config);
        Statement s = owner.createStatement();
        InputStream ddl = HistorySchema.class.getResourceAsStream(HistorySchema.V110)) {
      // what the server's migration V3 provides
      s.execute(
          "create function app_current_tenant() returns uuid language sql stable as"
              + " $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$");
      s.execute(
          new String(ddl.readAllBytes(), StandardCharsets.UTF_8)
              .replace("${appRole}", config.get(Setting.DB_APP_USER)));
    }
  }

  /** Every stored event row as "instance|table|partition|position", for before/after comparison. */
  private static List<String> eventRows(EmbeddedPostgres postgres, LauncherConfig config)
      throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection owner = owner(postgres, config);
        Statement s = owner.createStatement()) {
      for (String table :
          List.of(
              "process_history_element",
              "process_history_variable",
              "process_history_job",
              "process_history_incident")) {
        try (ResultSet r =
            s.executeQuery(
                "select process_instance_key, partition_id, position from "
                    + table
                    + " order by partition_id, position")) {
          while (r.next()) {
            rows.add(r.getLong(1) + "|" + table + "|" + r.getInt(2) + "|" + r.getLong(3));
          }
        }
      }
    }
    return rows;
  }

  private static long maxPosition(EmbeddedPostgres postgres, LauncherConfig config)
      throws SQLException {
    try (Connection owner = owner(postgres, config);
        Statement s = owner.createStatement();
        ResultSet r =
            s.executeQuery(
                "select max(position) from (select position from process_history_element"
                    + " union all select position from process_history_variable) p")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The positions the exporter logged when it opened (HistoryExporter.open), in log order. */
  private static List<Long> reExportedFrom(Path state) throws Exception {
    Matcher m =
        Pattern.compile("history exporter open at position (-?\\d+)")
            .matcher(Files.readString(state.resolve("logs/zeebe.log")));
    List<Long> positions = new ArrayList<>();
    while (m.find()) {
      positions.add(Long.parseLong(m.group(1)));
    }
    assertThat(positions).as("exporter opens logged in zeebe.log").hasSizeGreaterThanOrEqualTo(2);
    return positions.subList(1, positions.size());
  }

  private static Connection owner(EmbeddedPostgres postgres, LauncherConfig config)
      throws SQLException {
    return postgres.connect(
        config.get(Setting.DB_OWNER_USER), config.get(Setting.DB_OWNER_PASSWORD));
  }

  private static PGSimpleDataSource appRole(EmbeddedPostgres postgres, LauncherConfig config) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(postgres.jdbcUrl());
    source.setUser(config.get(Setting.DB_APP_USER));
    source.setPassword(config.get(Setting.DB_APP_PASSWORD));
    return source;
  }

  private static String state(ProcessHistory history) {
    return history.instance().state();
  }

  private static <T> T await(Supplier<Optional<T>> probe, String what) {
    Instant deadline = Instant.now().plus(PATIENCE);
    Optional<T> found = probe.get();
    while (found.isEmpty() && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos()); // poll, deadline above
      found = probe.get();
    }
    return found.orElseThrow(() -> new AssertionError(what + ": not within " + PATIENCE));
  }

  private static CamundaClient client(ZeebeBroker zeebe) {
    return CamundaClient.newClientBuilder()
        .applyEnvironmentVariableOverrides(false)
        .grpcAddress(URI.create(zeebe.grpcAddress()))
        .restAddress(URI.create(zeebe.restAddress()))
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** Right after readiness the partition may still be replaying: retry with a deadline. */
  private static long createInstance(CamundaClient client, Map<String, Object> variables) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      try {
        return client
            .newCreateInstanceCommand()
            .bpmnProcessId("history-it")
            .latestVersion()
            .variables(variables)
            .send()
            .join()
            .getProcessInstanceKey();
      } catch (RuntimeException e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
      }
    }
  }

  /** Activates the user task's job (as the review queue does) and completes it with a decision. */
  private static void decide(CamundaClient client, Map<String, Object> decision) {
    Instant deadline = Instant.now().plus(PATIENCE);
    List<ActivatedJob> jobs = List.of();
    while (jobs.isEmpty() && Instant.now().isBefore(deadline)) {
      jobs =
          client
              .newActivateJobsCommand()
              .jobType(USER_TASK_JOB)
              .maxJobsToActivate(1)
              .workerName("officer-ui")
              .timeout(Duration.ofMinutes(1))
              .requestTimeout(Duration.ofSeconds(10))
              .send()
              .join()
              .getJobs();
    }
    assertThat(jobs).as("the user task's job").hasSize(1);
    client.newCompleteCommand(jobs.getFirst().getKey()).variables(decision).send().join();
  }
}
