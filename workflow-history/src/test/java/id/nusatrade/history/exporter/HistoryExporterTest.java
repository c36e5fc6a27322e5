package id.nusatrade.history.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.exporter.api.context.Configuration;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.exporter.api.context.ScheduledTask;
import io.camunda.zeebe.protocol.record.ImmutableRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RecordValue;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.ImmutableVariableRecordValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exporter's contract with the broker without a database: nothing is acknowledged that was not
 * committed, and a full batch that cannot be written refuses the next record (the broker retries
 * it). The committed path runs against a real broker and PostgreSQL in ProcessHistoryExporterIT.
 */
class HistoryExporterTest {
  private final FakeController controller = new FakeController();

  @Test
  void withTheDatabaseDownNothingIsAcknowledgedAndAFullBatchRefusesTheNextRecord()
      throws IOException {
    HistoryExporter exporter = new HistoryExporter();
    exporter.configure(
        context(Map.of("url", unreachable(), "user", "u", "password", "p", "batchsize", "2")));
    exporter.open(controller);

    exporter.export(variable(1));
    exporter.export(variable(2)); // batch full: the write fails, kept for the next try
    assertThat(controller.acknowledged).isEqualTo(-1);

    assertThatThrownBy(() -> exporter.export(variable(3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("history write failed");
    controller.flush.run(); // the periodic flush fails the same way
    assertThat(controller.acknowledged).isEqualTo(-1);
    exporter.close();
    assertThat(controller.acknowledged).isEqualTo(-1);
  }

  @Test
  void missingConnectionArgumentsAreNamed() {
    assertThatThrownBy(
            () -> new HistoryExporter().configure(context(Map.of("url", "jdbc:postgresql://x/y"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'user'");
  }

  private static String unreachable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } // closed again: nothing listens there
    return "jdbc:postgresql://127.0.0.1:" + port + "/history?connectTimeout=2";
  }

  private static Record<RecordValue> variable(long position) {
    return ImmutableRecord.<RecordValue>builder()
        .withPosition(position)
        .withKey(position)
        .withPartitionId(1)
        .withTimestamp(0)
        .withRecordType(RecordType.EVENT)
        .withValueType(ValueType.VARIABLE)
        .withIntent(VariableIntent.CREATED)
        .withValue(
            ImmutableVariableRecordValue.builder()
                .withName("x")
                .withValue("1")
                .withScopeKey(9)
                .withProcessInstanceKey(9)
                .build())
        .build();
  }

  private static Context context(Map<String, Object> args) {
    return new Context() {
      @Override
      public MeterRegistry getMeterRegistry() {
        return new SimpleMeterRegistry();
      }

      @Override
      public Logger getLogger() {
        return LoggerFactory.getLogger(HistoryExporterTest.class);
      }

      @Override
      public InstantSource clock() {
        return InstantSource.system();
      }

      @Override
      public Configuration getConfiguration() {
        return new Configuration() {
          @Override
          public String getId() {
            return "history";
          }

          @Override
          public Map<String, Object> getArguments() {
            return args;
          }

          @Override
          public <T> T instantiate(Class<T> type) {
            throw new UnsupportedOperationException();
          }
        };
      }

      @Override
      public int getPartitionId() {
        return 1;
      }

      @Override
      public void setFilter(RecordFilter filter) {}
    };
  }

  /** Records what the exporter acknowledges; the flush task runs when the test says. */
  private static final class FakeController implements Controller {
    long acknowledged = -1;
    Runnable flush;

    @Override
    public void updateLastExportedRecordPosition(long position) {
      acknowledged = position;
    }

    @Override
    public void updateLastExportedRecordPosition(long position, byte[] metadata) {
      acknowledged = position;
    }

    @Override
    public long getLastExportedRecordPosition() {
      return acknowledged;
    }

    @Override
    public ScheduledTask scheduleCancellableTask(Duration delay, Runnable task) {
      flush = task;
      return () -> {};
    }

    @Override
    public Optional<byte[]> readMetadata() {
      return Optional.empty();
    }
  }
}
