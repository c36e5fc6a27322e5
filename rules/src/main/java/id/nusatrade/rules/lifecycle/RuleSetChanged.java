package id.nusatrade.rules.lifecycle;

import id.nusatrade.rules.engine.RuleArea;
import java.util.Map;

/**
 * The bus contract of "an area's live version changed" (publish, approval or rollback), which every
 * process running rules follows by reloading the stored live version. Carried as message properties
 * on {@link #ADDRESS}; the store stays the truth, so a lost message only delays a process until the
 * next one or its next start.
 */
public record RuleSetChanged(RuleArea area, long version) {
  /** The topic (every subscriber gets every message). */
  public static final String ADDRESS = "nusatrade.rules";

  public static final String TYPE = "rules.live.changed";
  static final String AREA = "area";
  static final String VERSION = "version";

  /** The message properties, by name. */
  public Map<String, String> properties() {
    return Map.of("type", TYPE, AREA, area.id(), VERSION, Long.toString(version));
  }

  /** The change a message carries, from its properties; {@code property} looks one up by name. */
  public static RuleSetChanged from(java.util.function.Function<String, String> property) {
    if (!TYPE.equals(property.apply("type"))) {
      throw new IllegalArgumentException("not a " + TYPE + " message");
    }
    return new RuleSetChanged(
        RuleArea.of(property.apply(AREA)), Long.parseLong(property.apply(VERSION)));
  }
}
