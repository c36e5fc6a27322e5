package id.nusatrade.tickstore.bench;

import java.time.LocalDate;
import java.util.Locale;

/** The measured figures and their Markdown rendering for docs/performance.md. */
record IngestFigures(
    int rows,
    long adapterNanos,
    long clientNanos,
    int chunkRows,
    int ohlcTicks,
    int ohlcBars,
    long ohlcFirstNanos,
    long ohlcMedianNanos,
    String server,
    LocalDate date,
    MachineInfo machine) {

  double adapterRate() {
    return rows / (adapterNanos / 1e9);
  }

  double clientRate() {
    return rows / (clientNanos / 1e9);
  }

  double ratio() {
    return adapterRate() / clientRate();
  }

  String markdown() {
    return String.format(
        Locale.ROOT,
        """
        Measured %s on %d cores (%s), %s, %s; ClickHouse %s (Debian package), private server on \
        loopback, one run after a 100,000-row warm-up of both paths. Load average at the end of \
        the run: %s (the machine is shared with other builds, so treat the rates as a floor).

        | path | rows | seconds | rows/s |
        |---|---:|---:|---:|
        | `ClickHouseTickStore` (JDBC `addBatch`/`executeBatch`, %,d rows per request) | %,d | %.2f | %,.0f |
        | `clickhouse-client --query "INSERT INTO ticks FORMAT TSV"` (same rows, process time) | %,d | %.2f | %,.0f |

        Adapter / client rate: **%.2f** (target ≥ 0.50: %s).

        1-minute OHLC (`ohlc(symbol, M1, …)`) over %,d ticks of one symbol → %,d bars: first run \
        %.0f ms, median of 5 runs %.0f ms.

        Re-run: `./mvnw -B -pl tickstore -am -Pclickhouse-bench package -DskipTests` (needs \
        clickhouse-server and clickhouse-client; see tickstore/CI-SETUP.md).
        """,
        date,
        machine.cores(),
        machine.cpu(),
        machine.jdk(),
        machine.os(),
        server,
        machine.loadAverage(),
        chunkRows,
        rows,
        adapterNanos / 1e9,
        adapterRate(),
        rows,
        clientNanos / 1e9,
        clientRate(),
        ratio(),
        ratio() >= 0.5 ? "met" : "not met",
        ohlcTicks,
        ohlcBars,
        ohlcFirstNanos / 1e6,
        ohlcMedianNanos / 1e6);
  }
}
