package id.nusatrade.compliance.kyc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sanctions and PEP list in the project's CSV form: {@code id;kind;names;source} where names are
 * separated by {@code |} (aliases). Lines starting with {@code #} are comments. A malformed line
 * fails the whole load naming the line, so a bad file never replaces a good list.
 */
public record ScreeningList(List<ScreeningEntry> entries) {
  /** The list shipped with the application (demo data until an official export is loaded). */
  public static final String SHIPPED = "/id/nusatrade/compliance/kyc/screening-list.csv";

  public ScreeningList {
    entries = List.copyOf(entries);
  }

  public static ScreeningList shipped() {
    try (InputStream in = ScreeningList.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + SHIPPED);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ScreeningList read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  public static ScreeningList read(Reader source) throws IOException {
    List<ScreeningEntry> entries = new ArrayList<>();
    BufferedReader in = new BufferedReader(source);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      entries.add(parse(line, number));
    }
    return new ScreeningList(entries);
  }

  private static ScreeningEntry parse(String line, int number) {
    String[] parts = line.split(";", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "line " + number + ": expected id;kind;names;source, got " + parts.length + " fields");
    }
    ScreeningEntry.Kind kind;
    try {
      kind = ScreeningEntry.Kind.valueOf(parts[1].strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "line " + number + ": kind must be SANCTION or PEP, not " + parts[1], e);
    }
    List<String> names =
        Arrays.stream(parts[2].split("\\|")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    if (names.isEmpty()) {
      throw new IllegalArgumentException("line " + number + ": no name");
    }
    return new ScreeningEntry(parts[0].strip(), kind, names, parts[3].strip());
  }
}
