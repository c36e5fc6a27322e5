package id.nusatrade.gateway.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sample {@code replay --demo} streams: 580 real ETH/USD 5-minute bars (2023-03-13 to 15, from
 * the ta4j-examples jar, converted by the tests' {@code Ta4jSampleData}), 31 KB shipped in this
 * module. Each bar becomes four ticks; at the default 60x a bar takes five seconds, so the chart's
 * candle in progress moves every second or so and a new minute candle opens every minute.
 */
final class DemoSample {
  static final String RESOURCE = "demo/ethusd-m5-2023-03-13.csv";
  static final String SYMBOL = "ETHUSD";
  static final String SPEED = "60x";

  private DemoSample() {}

  /** The sample as a file (the CSV reader takes a path): a private temporary copy. */
  static Path extract() {
    try (InputStream in = DemoSample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the mt5-gateway classes");
      }
      Path file = Files.createTempFile("nusatrade-demo-", ".csv");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the demo sample", e);
    }
  }
}
