package id.nusatrade.tickstore.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownSectionTest {
  @TempDir Path dir;

  @Test
  void createsTheFileWithTheSectionWhenMissing() throws IOException {
    Path file = dir.resolve("docs/performance.md");

    MarkdownSection.replace(file, "ClickHouse ingest", "fast");

    assertThat(Files.readString(file)).isEqualTo("# Performance\n\n## ClickHouse ingest\n\nfast\n");
  }

  @Test
  void replacesOnlyItsOwnSectionAndKeepsTheOthers() throws IOException {
    Path file = dir.resolve("performance.md");
    Files.writeString(
        file,
        "# Performance\n\n## Drools\n\nd\n\n## ClickHouse ingest\n\nold\n\n## Artemis\n\na\n");

    MarkdownSection.replace(file, "ClickHouse ingest", "new");

    assertThat(Files.readString(file))
        .isEqualTo(
            "# Performance\n\n## Drools\n\nd\n\n## ClickHouse ingest\n\nnew\n\n## Artemis\n\na\n");
  }

  @Test
  void appendsWhenTheSectionIsAbsent() throws IOException {
    Path file = dir.resolve("performance.md");
    Files.writeString(file, "# Performance\n\n## Drools\n\nd\n");

    MarkdownSection.replace(file, "ClickHouse ingest", "x");

    assertThat(Files.readString(file))
        .isEqualTo("# Performance\n\n## Drools\n\nd\n\n## ClickHouse ingest\n\nx\n");
  }
}
