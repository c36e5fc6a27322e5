package id.nusatrade.gateway.events;

/** A minimal JSON object writer for flat payloads; avoids a JSON library on the fast path. */
final class Json {
  private final StringBuilder sb = new StringBuilder(256).append('{');

  Json field(String name, String value) {
    key(name).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c < 0x20 ? ' ' : c);
    }
    sb.append('"');
    return this;
  }

  Json field(String name, long value) {
    key(name).append(value);
    return this;
  }

  Json field(String name, double value) {
    // JSON has no NaN: an indicator still warming up is null.
    if (Double.isFinite(value)) {
      key(name).append(value);
    } else {
      key(name).append("null");
    }
    return this;
  }

  Json raw(String name, String json) {
    key(name).append(json);
    return this;
  }

  private StringBuilder key(String name) {
    if (sb.length() > 1) {
      sb.append(',');
    }
    return sb.append('"').append(name).append("\":");
  }

  @Override
  public String toString() {
    return sb.toString() + "}";
  }
}
