package id.nusatrade.tickstore.clickhouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Inserts a list in chunks of {@code chunkRows}, one batch request per chunk, on up to {@code
 * workers} connections at once. Formatting rows in the legacy driver is the bottleneck of a batch
 * insert (the server parses faster than one JVM thread formats), so workers format in parallel and
 * one worker's chunk is formatted while another's is parsed. A flush of one chunk or less runs on
 * the caller's thread.
 */
final class ParallelChunks {
  /** Sets one row's parameters. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement insert, T row) throws SQLException;
  }

  private final DataSource dataSource;
  private final int chunkRows;
  private final int workers;

  ParallelChunks(DataSource dataSource, int chunkRows, int workers) {
    this.dataSource = dataSource;
    this.chunkRows = chunkRows;
    this.workers = workers;
  }

  <T> void insert(String sql, List<T> rows, Binder<T> binder) throws SQLException {
    int chunks = Math.ceilDiv(rows.size(), chunkRows);
    AtomicInteger next = new AtomicInteger();
    if (Math.min(workers, chunks) <= 1) {
      insertChunks(sql, rows, binder, next, chunks);
      return;
    }
    List<FutureTask<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < Math.min(workers, chunks); i++) {
      FutureTask<Void> task = new FutureTask<>(() -> insertChunks(sql, rows, binder, next, chunks));
      Thread.ofPlatform().daemon().name("clickhouse-insert-" + i).start(task);
      tasks.add(task);
    }
    awaitAll(tasks, next, chunks);
  }

  /** A worker: claims chunk numbers until none is left, sending each as one batch. */
  private <T> Void insertChunks(
      String sql, List<T> rows, Binder<T> binder, AtomicInteger next, int chunks)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
        int from = chunk * chunkRows;
        for (T row : rows.subList(from, Math.min(rows.size(), from + chunkRows))) {
          binder.bind(insert, row);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException | RuntimeException e) {
      next.set(chunks); // the other workers stop claiming chunks
      throw e;
    }
    return null;
  }

  private static void awaitAll(List<FutureTask<Void>> tasks, AtomicInteger next, int chunks)
      throws SQLException {
    SQLException failure = null;
    for (FutureTask<Void> task : tasks) {
      try {
        task.get();
      } catch (ExecutionException e) {
        failure = failure != null ? failure : asSqlException(e.getCause());
      } catch (InterruptedException e) {
        next.set(chunks);
        Thread.currentThread().interrupt();
        failure = new SQLException("interrupted while inserting", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static SQLException asSqlException(Throwable cause) {
    return cause instanceof SQLException sql ? sql : new SQLException("batch insert failed", cause);
  }
}
