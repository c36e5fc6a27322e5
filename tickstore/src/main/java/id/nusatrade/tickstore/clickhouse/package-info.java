/**
 * ClickHouse adapter for large tick histories. It targets the ClickHouse that Debian ships
 * (18.16.1) through the legacy {@code ru.yandex.clickhouse} JDBC driver over HTTP, the only
 * combination proven to work here: no DateTime64 (times are DateTime seconds plus a millis column)
 * and no toStartOfInterval (buckets are integer division of epoch seconds).
 */
package id.nusatrade.tickstore.clickhouse;
