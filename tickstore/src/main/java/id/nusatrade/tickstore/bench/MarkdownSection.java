package id.nusatrade.tickstore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes or replaces one "## heading" section of a Markdown file, leaving the other sections (other
 * benchmarks' figures) as they are.
 */
final class MarkdownSection {
  private MarkdownSection() {}

  static void replace(Path file, String heading, String body) throws IOException {
    String title = "## " + heading;
    String section = title + "\n\n" + body.strip() + "\n";
    String text = Files.exists(file) ? Files.readString(file) : "# Performance\n";
    int start = text.startsWith(title + "\n") ? 0 : text.indexOf("\n" + title + "\n");
    String updated;
    if (start < 0) {
      updated = text.stripTrailing() + "\n\n" + section;
    } else {
      int from = start == 0 ? 0 : start + 1;
      int next = text.indexOf("\n## ", from + title.length());
      String rest = next < 0 ? "" : "\n" + text.substring(next + 1);
      updated = text.substring(0, from) + section + rest;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, updated);
  }
}
