package id.nusatrade.tickstore.bench;

import java.time.LocalDate;
import java.util.Locale;

/** The measured figures and their Markdown rendering for docs/performance.md. */
record IngestFigures(
    int rows,
    Timings adapter,
    Timings client,
    int chunkRows,
    int workers,
    int ohlcTicks,
    int ohlcBars,
    long ohlcFirstNanos,
    Timings ohlcRepeated,
    String server,
    LocalDate date,
    MachineInfo machine) {

  /** Adapter rate over client rate, both at their best run. */
  double ratio() {
    return adapter.bestRate(rows) / client.bestRate(rows);
  }

  double medianRatio() {
    return adapter.medianRate(rows) / client.medianRate(rows);
  }

  String markdown() {
    return String.format(
        Locale.ROOT,
        """
        Measured %s on %d cores (%s), %s, %s; ClickHouse %s (Debian package), private server on \
        loopback. After a 100,000-row warm-up of both paths, each path loaded the same 1,000,000 \
        rows %d times into a fresh table, alternating adapter and client. Load average at the end: \
        %s (the machine is shared with other builds; the best run is the least disturbed one).

        | path | rows | best s | best rows/s | median rows/s |
        |---|---:|---:|---:|---:|
        | `ClickHouseTickStore` (JDBC `addBatch`/`executeBatch`, %,d rows per request, %d parallel connections) | %,d | %.2f | %,.0f | %,.0f |
        | `clickhouse-client --query "INSERT INTO feed_ticks FORMAT TSV"` (same rows, whole process) | %,d | %.2f | %,.0f | %,.0f |

        Adapter / client rate: **%.2f** at the best runs, %.2f at the medians (target ≥ 0.50: %s).

        1-minute OHLC (`ohlc(symbol, M1, …)`) over %,d ticks of one symbol → %,d bars: first run \
        %.0f ms, then median %.0f ms / best %.0f ms of %d runs.

        Re-run: `./mvnw -B -pl tickstore -am -Pclickhouse-bench package -DskipTests` (needs \
        clickhouse-server and clickhouse-client; see tickstore/CI-SETUP.md).
        """,
        date,
        machine.cores(),
        machine.cpu(),
        machine.jdk(),
        machine.os(),
        server,
        adapter.count(),
        machine.loadAverage(),
        chunkRows,
        workers,
        rows,
        adapter.best() / 1e9,
        adapter.bestRate(rows),
        adapter.medianRate(rows),
        rows,
        client.best() / 1e9,
        client.bestRate(rows),
        client.medianRate(rows),
        ratio(),
        medianRatio(),
        ratio() >= 0.5 ? "met" : "not met",
        ohlcTicks,
        ohlcBars,
        ohlcFirstNanos / 1e6,
        ohlcRepeated.median() / 1e6,
        ohlcRepeated.best() / 1e6,
        ohlcRepeated.count());
  }
}
