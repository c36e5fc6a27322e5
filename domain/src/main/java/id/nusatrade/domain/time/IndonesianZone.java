package id.nusatrade.domain.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Indonesia's three civil time zones. */
public enum IndonesianZone {
  /** Waktu Indonesia Barat, UTC+7 (Java, Sumatra; the IDX trades on WIB). */
  WIB("Asia/Jakarta"),
  /** Waktu Indonesia Tengah, UTC+8 (Bali, Sulawesi, Kalimantan Selatan/Timur). */
  WITA("Asia/Makassar"),
  /** Waktu Indonesia Timur, UTC+9 (Maluku, Papua). */
  WIT("Asia/Jayapura");

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));

  private final ZoneId zone;

  IndonesianZone(String zoneId) {
    this.zone = ZoneId.of(zoneId);
  }

  public ZoneId zoneId() {
    return zone;
  }

  /** For example "21 Nov 2026 17:05 WIB". */
  public String format(Instant instant) {
    return FORMAT.format(instant.atZone(zone)) + " " + name();
  }
}
