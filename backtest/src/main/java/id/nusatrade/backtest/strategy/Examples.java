package id.nusatrade.backtest.strategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Strategy files shipped with the module ({@code src/main/resources/.../strategy/examples/}):
 * {@code sma-cross.yaml} is API.md's example, word for word.
 */
public final class Examples {
  /** API.md's example strategy. */
  public static final String SMA_CROSS = "sma-cross.yaml";

  private Examples() {}

  public static String text(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("examples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no example strategy " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
