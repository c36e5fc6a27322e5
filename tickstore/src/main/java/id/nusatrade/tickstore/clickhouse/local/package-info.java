/**
 * A private ClickHouse server process for tests, benchmarks and local runs: own config and data
 * directories, loopback only, free ports, stopped by its PID. It never touches the system service a
 * Debian install registers.
 */
package id.nusatrade.tickstore.clickhouse.local;
