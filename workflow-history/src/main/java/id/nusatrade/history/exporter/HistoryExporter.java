package id.nusatrade.history.exporter;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.exporter.api.context.ScheduledTask;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.postgresql.Driver;
import org.slf4j.Logger;

/**
 * The process-history exporter the broker loads from its configuration ({@code
 * zeebe.broker.exporters.history.className = id.nusatrade.history.exporter.HistoryExporter}, {@code
 * jarPath} = the shaded {@code workflow-history-exporter.jar}; arguments {@code url}, {@code user},
 * {@code password}, optional {@code batchsize} and {@code flushmillis}). One instance per
 * partition.
 *
 * <p>Records are collected in memory and written in one transaction when the batch is full or the
 * flush interval passes; only after the commit is the batch's last position acknowledged with
 * {@link Controller#updateLastExportedRecordPosition(long)}. A broker that restarts before the
 * acknowledgement reaches its snapshot exports those records again, and the writes are idempotent
 * by (partition, position), so nothing lands twice. When PostgreSQL is unreachable (or the schema
 * is not migrated yet) a full batch makes {@code export} throw: the broker retries that record with
 * backoff and keeps the log until the history has it.
 */
public final class HistoryExporter implements Exporter {
  static final int DEFAULT_BATCH_SIZE = 200;
  static final long DEFAULT_FLUSH_MILLIS = 500;

  private Logger log;
  private Controller controller;
  private String url;
  private Properties login;
  private int batchSize = DEFAULT_BATCH_SIZE;
  private Duration flushInterval = Duration.ofMillis(DEFAULT_FLUSH_MILLIS);
  private final List<HistoryRow> batch = new ArrayList<>();
  private long batchPosition = -1;
  private Connection connection;
  private ScheduledTask flushTask;

  @Override
  public void configure(Context context) {
    log = context.getLogger();
    Map<String, Object> args = context.getConfiguration().getArguments();
    url = required(args, "url");
    login = new Properties();
    login.setProperty("user", required(args, "user"));
    login.setProperty("password", required(args, "password"));
    login.setProperty("ApplicationName", "zeebe-history-exporter");
    if (args.get("batchsize") != null) {
      batchSize = Integer.parseInt(args.get("batchsize").toString().trim());
    }
    if (args.get("flushmillis") != null) {
      flushInterval = Duration.ofMillis(Long.parseLong(args.get("flushmillis").toString().trim()));
    }
    if (batchSize < 1 || flushInterval.isNegative() || flushInterval.isZero()) {
      throw new IllegalArgumentException(
          "history exporter: batchsize and flushmillis must be positive, got "
              + batchSize
              + " and "
              + flushInterval.toMillis());
    }
    context.setFilter(
        new Context.RecordFilter() {
          @Override
          public boolean acceptType(RecordType type) {
            return type == RecordType.EVENT;
          }

          @Override
          public boolean acceptValue(ValueType value) {
            return RecordRows.KEPT_VALUES.contains(value);
          }
        });
  }

  @Override
  public void open(Controller controller) {
    this.controller = controller;
    log.info(
        "history exporter open at position {}, writing to {}",
        controller.getLastExportedRecordPosition(),
        url);
    scheduleFlush();
  }

  @Override
  public void export(Record<?> record) {
    if (batch.size() >= batchSize) {
      flush(); // throws while the database refuses: the broker retries this record
    }
    batch.addAll(RecordRows.of(record));
    batchPosition = record.getPosition();
    if (batch.size() >= batchSize) {
      tryFlush();
    }
  }

  @Override
  public void close() {
    if (flushTask != null) {
      flushTask.cancel();
    }
    tryFlush();
    closeConnection();
  }

  private void scheduleFlush() {
    flushTask =
        controller.scheduleCancellableTask(
            flushInterval,
            () -> {
              tryFlush();
              scheduleFlush();
            });
  }

  private void tryFlush() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.warn(
          "history exporter: batch of {} rows not written yet: {}", batch.size(), e.toString());
    }
  }

  /** Writes the batch and acknowledges its last position; nothing happens for an empty one. */
  private void flush() {
    if (batchPosition < 0) {
      return;
    }
    if (!batch.isEmpty()) {
      try {
        HistoryWriter.write(connection(), batch);
      } catch (SQLException e) {
        closeConnection();
        throw new IllegalStateException("history write failed: " + e.getMessage(), e);
      }
    }
    controller.updateLastExportedRecordPosition(batchPosition);
    batch.clear();
    batchPosition = -1;
  }

  private Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      // the driver directly: DriverManager does not see drivers of the exporter's own class loader
      connection = new Driver().connect(url, login);
      if (connection == null) {
        throw new SQLException("not a PostgreSQL JDBC URL: " + url);
      }
    }
    return connection;
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.debug("history exporter: closing the connection failed", e);
      }
      connection = null;
    }
  }

  private static String required(Map<String, Object> args, String name) {
    Object value = args.get(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalArgumentException(
          "history exporter: argument '" + name + "' missing (zeebe.broker.exporters.<id>.args)");
    }
    return value.toString();
  }
}
