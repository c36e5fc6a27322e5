package id.nusatrade.launcher.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --pg-port=15433} or {@code --pg-port 15433} style flags named after settings. */
public final class Flags {
  private final Map<Setting, String> values;
  private final List<String> unknown;

  private Flags(Map<Setting, String> values, List<String> unknown) {
    this.values = values;
    this.unknown = unknown;
  }

  public static Flags parse(List<String> args) {
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      Setting setting = byFlag(name);
      if (setting == null) {
        unknown.add(arg);
      } else if (arg.contains("=")) {
        values.put(setting, arg.substring(arg.indexOf('=') + 1));
      } else if (i + 1 < args.size()) {
        values.put(setting, args.get(++i));
      } else {
        throw new IllegalArgumentException(name + " needs a value");
      }
    }
    return new Flags(values, unknown);
  }

  public Map<Setting, String> values() {
    return values;
  }

  /** Arguments that are not settings: {@code --help} or mistakes. */
  public List<String> unknown() {
    return unknown;
  }

  /** A help text listing every flag with its environment variable and default. */
  public static String describeAll() {
    StringBuilder text = new StringBuilder();
    for (Setting s : Setting.values()) {
      String def = s.defaultValue().isEmpty() ? "" : " (default " + s.defaultValue() + ")";
      text.append(String.format("  %-30s %s%s%n", s.flag(), s.description(), def));
      text.append(String.format("  %-30s   env %s%n", "", s.envName()));
    }
    return text.toString();
  }

  private static Setting byFlag(String name) {
    for (Setting s : Setting.values()) {
      if (s.flag().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
