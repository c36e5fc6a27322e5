package id.nusatrade.signals.features;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Time of the bar in a configurable zone (the tenant's: {@code Asia/Jakarta} for WIB). {@code
 * tod:ZONE} gives the hour of day (fractional) and its sine and cosine; {@code dow:ZONE} the ISO
 * day of week (1 = Monday). Fixed-offset zones (WIB, WITA, WIT) cost no allocation per bar.
 */
final class CalendarFeature implements Feature {
  private static final long DAY_MS = 86_400_000L;
  private final ZoneId zone;
  private final ZoneRules rules;
  private final boolean dayOfWeek;
  private final long fixedOffsetMs;
  private final double[] values;

  CalendarFeature(ZoneId zone, boolean dayOfWeek) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.dayOfWeek = dayOfWeek;
    this.fixedOffsetMs =
        rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() * 1000L : 0;
    this.values = new double[dayOfWeek ? 1 : 3];
  }

  @Override
  public String[] names() {
    String id = zone.getId();
    return dayOfWeek
        ? new String[] {"dow_" + id}
        : new String[] {"tod_hour_" + id, "tod_sin_" + id, "tod_cos_" + id};
  }

  @Override
  public int warmUp() {
    return 0;
  }

  @Override
  public void update(BarHistory h, long time, double o, double hi, double lo, double c, double v) {
    long offset =
        rules.isFixedOffset()
            ? fixedOffsetMs
            : rules.getOffset(Instant.ofEpochMilli(time)).getTotalSeconds() * 1000L;
    long local = time + offset;
    if (dayOfWeek) {
      long day = Math.floorDiv(local, DAY_MS);
      values[0] = Math.floorMod(day + 3, 7) + 1; // 1970-01-01 was a Thursday (ISO 4)
      return;
    }
    double hour = Math.floorMod(local, DAY_MS) / 3_600_000.0;
    double angle = 2 * Math.PI * hour / 24;
    values[0] = hour;
    values[1] = Math.sin(angle);
    values[2] = Math.cos(angle);
  }

  @Override
  public void write(double[] dest, int offset) {
    System.arraycopy(values, 0, dest, offset, values.length);
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(values, 0);
  }
}
