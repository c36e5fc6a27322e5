package id.nusatrade.tickstore.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Epoch millis to and from timestamptz parameters, clamped to what PostgreSQL accepts. */
final class PgTime {
  private static final long MIN = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
  private static final long MAX = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

  /** SQL that reads a timestamptz column as epoch milliseconds (exact: extract is numeric). */
  static String millisOf(String column) {
    return "(extract(epoch FROM " + column + ") * 1000)::bigint";
  }

  private PgTime() {}

  static OffsetDateTime parameter(long epochMillis) {
    long clamped = Math.clamp(epochMillis, MIN, MAX);
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(clamped), ZoneOffset.UTC);
  }

  /** ISO-8601 text for COPY, for example {@code 2024-03-04T23:59:58.250Z}. */
  static String copyText(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
