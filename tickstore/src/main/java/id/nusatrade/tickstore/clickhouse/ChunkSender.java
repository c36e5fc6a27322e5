package id.nusatrade.tickstore.clickhouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Executes one filled batch in the background while the caller fills the next, with at most one
 * batch in flight. The legacy driver formats rows at addBatch and the server parses them at
 * executeBatch; overlapping the two uses both cores instead of alternating between them.
 */
final class ChunkSender implements AutoCloseable {
  private FutureTask<int[]> inFlight;

  /** Waits for the previous batch, then starts sending {@code statement}'s batch. */
  void send(PreparedStatement statement) throws SQLException {
    finish();
    inFlight = new FutureTask<>(statement::executeBatch);
    Thread.ofVirtual().name("clickhouse-insert").start(inFlight);
  }

  /** Waits for the batch in flight, rethrowing its failure. */
  void finish() throws SQLException {
    if (inFlight == null) {
      return;
    }
    try {
      inFlight.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof SQLException sql
          ? sql
          : new SQLException("batch insert failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while inserting", e);
    } finally {
      inFlight = null;
    }
  }

  /** On an early exit, never leave a send running against a statement about to be closed. */
  @Override
  public void close() {
    try {
      finish();
    } catch (SQLException ignored) {
      // the caller is already failing with its own exception
    }
  }
}
