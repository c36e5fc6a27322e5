package id.nusatrade.tickstore.bench;

import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.tickstore.Jdbc;
import id.nusatrade.tickstore.clickhouse.ClickHouseSchema;
import id.nusatrade.tickstore.clickhouse.ClickHouseTickStore;
import id.nusatrade.tickstore.clickhouse.local.LocalClickHouseServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * 1,000,000 ticks through {@link ClickHouseTickStore} versus clickhouse-client loading the same
 * rows, against one private server, three alternating rounds each (the machine is shared, so one
 * round alone says little); then a 1-minute OHLC query. Prints the figures and writes the
 * "ClickHouse ingest" section of docs/performance.md (path = first argument).
 */
public final class ClickHouseIngestBenchmark {
  private static final int ROWS = 1_000_000;
  private static final int WARM_UP_ROWS = 100_000;
  private static final int ROUNDS = 3;
  private static final String ADAPTER_DB = "bench_adapter";
  private static final String CLIENT_DB = "bench_client";
  private static final long START = Instant.parse("2024-03-04T16:00:00Z").toEpochMilli();

  private final LocalClickHouseServer server;
  private final Path workDir;

  private ClickHouseIngestBenchmark(LocalClickHouseServer server, Path workDir) {
    this.server = server;
    this.workDir = workDir;
  }

  public static void main(String[] args) throws Exception {
    Path doc = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
    Path data = Files.createTempDirectory("nusatrade-clickhouse-bench-");
    Path config = Path.of("target", "clickhouse-bench");
    try (LocalClickHouseServer server =
        LocalClickHouseServer.start(config, data, Duration.ofSeconds(60))) {
      IngestFigures figures = new ClickHouseIngestBenchmark(server, config).run(Clock.systemUTC());
      System.out.println(figures.markdown());
      MarkdownSection.replace(doc, "ClickHouse ingest", figures.markdown());
      System.out.println("written to " + doc.toAbsolutePath());
    }
  }

  private IngestFigures run(Clock clock) throws Exception {
    List<Tick> ticks = SyntheticTicks.generate(ROWS, START, 20240304L);
    Path tsv = workDir.resolve("ticks.tsv");
    TsvTicks.write(ticks, tsv);
    warmUp(ticks.subList(0, WARM_UP_ROWS));
    long[] adapterNanos = new long[ROUNDS];
    long[] clientNanos = new long[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      adapterNanos[round] = timeAdapter(new ClickHouseTickStore(emptyDatabase(ADAPTER_DB)), ticks);
      emptyDatabase(CLIENT_DB);
      clientNanos[round] = ClientLoad.timeNanos(server, CLIENT_DB, tsv);
    }
    Files.delete(tsv);
    DataSource adapterDb = server.database(ADAPTER_DB);
    requireSameRows(adapterDb, server.database(CLIENT_DB));
    ClickHouseTickStore store = new ClickHouseTickStore(adapterDb);
    Timings adapter = new Timings(adapterNanos);
    Timings client = new Timings(clientNanos);
    return withOhlc(store, ticks, adapter, client, clock, version(adapterDb));
  }

  private static void requireSameRows(DataSource adapterDb, DataSource clientDb) {
    String adapterRows = checksum(adapterDb);
    String clientRows = checksum(clientDb);
    if (!adapterRows.equals(clientRows) || !adapterRows.startsWith(ROWS + "\t")) {
      throw new IllegalStateException("loads differ: " + adapterRows + " vs " + clientRows);
    }
  }

  private void warmUp(List<Tick> ticks) throws Exception {
    DataSource db = emptyDatabase("bench_warm_up");
    timeAdapter(new ClickHouseTickStore(db), ticks);
    Path tsv = workDir.resolve("warm-up.tsv");
    TsvTicks.write(ticks, tsv);
    ClientLoad.timeNanos(server, "bench_warm_up", tsv);
    Files.delete(tsv);
    ClickHouseSchema.drop(db);
  }

  private IngestFigures withOhlc(
      ClickHouseTickStore store,
      List<Tick> ticks,
      Timings adapter,
      Timings client,
      Clock clock,
      String version) {
    var feed = SyntheticTicks.firstFeed();
    long to = ticks.getLast().timeMillis() + 1;
    long[] nanos = new long[6];
    int bars = 0;
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      bars = store.ohlc(feed, Timeframe.M1, START, to).size();
      nanos[i] = System.nanoTime() - start;
    }
    int symbolTicks = (int) ticks.stream().filter(t -> t.feed().equals(feed)).count();
    return new IngestFigures(
        ROWS,
        adapter,
        client,
        ClickHouseTickStore.DEFAULT_CHUNK_ROWS,
        ClickHouseTickStore.DEFAULT_WORKERS,
        symbolTicks,
        bars,
        nanos[0],
        new Timings(Arrays.copyOfRange(nanos, 1, nanos.length)),
        version,
        LocalDate.now(clock),
        MachineInfo.current());
  }

  private static long timeAdapter(ClickHouseTickStore store, List<Tick> ticks) {
    long start = System.nanoTime();
    store.appendTicks(ticks);
    store.flush();
    return System.nanoTime() - start;
  }

  private DataSource emptyDatabase(String name) {
    DataSource db = server.database(name);
    ClickHouseSchema.drop(db);
    ClickHouseSchema.create(db);
    return db;
  }

  /** Row count and exact (integer and decimal) sums: equal for two loads of the same rows. */
  private static String checksum(DataSource db) {
    return scalar(
        db,
        "SELECT concat(toString(count()), '\\t', toString(sum(bid)),"
            + " '\\t', toString(sum(toUInt64(toUInt32(time)) * 1000 + millis)), '\\t',"
            + " toString(sum(volume + flags))) FROM feed_ticks");
  }

  private static String version(DataSource db) {
    return scalar(db, "SELECT version()");
  }

  private static String scalar(DataSource db, String sql) {
    return Jdbc.withConnection(
        db,
        "query failed: " + sql,
        c -> {
          try (Statement statement = c.createStatement();
              ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
          }
        });
  }
}
