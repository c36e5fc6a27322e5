/**
 * Load generators that report figures (not pass/fail timings). {@link
 * id.nusatrade.tickstore.bench.ClickHouseIngestBenchmark} compares our JDBC batch path with
 * clickhouse-client loading the same rows into the same private server and records the result in
 * docs/performance.md.
 */
package id.nusatrade.tickstore.bench;
