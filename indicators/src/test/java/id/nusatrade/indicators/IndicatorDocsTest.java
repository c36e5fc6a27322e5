package id.nusatrade.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/indicators.md lists every registered token with its lookback column. */
class IndicatorDocsTest {
  @Test
  void everyRegisteredIndicatorIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "indicators.md"));
    for (IndicatorRegistry.Definition d : IndicatorRegistry.standard().definitions()) {
      String row = d.params().isEmpty() ? "| `" + d.name() + "` |" : "| `" + d.name() + ":";
      assertThat(doc).as(d.name()).contains(row);
      for (Param p : d.params()) {
        assertThat(doc).as(d.name()).contains(p.name() + "=" + Names.format(p.defaultValue()));
      }
    }
  }
}
