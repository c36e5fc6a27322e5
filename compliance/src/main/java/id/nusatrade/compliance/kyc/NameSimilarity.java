package id.nusatrade.compliance.kyc;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuzzy name comparison for screening: names are normalised (accents, punctuation, case, titles
 * such as "H." or "Dr." dropped, tokens sorted so "Rahayu Siti" = "Siti Rahayu") and compared with
 * Jaro-Winkler similarity (0..1), which tolerates the transliteration and typing variants common in
 * Indonesian and Arabic names.
 */
public final class NameSimilarity {
  private static final Set<String> TITLES =
      Set.of("h", "hj", "dr", "ir", "drs", "prof", "kh", "mr", "mrs", "ms", "bin", "binti");

  private NameSimilarity() {}

  public static double similarity(String a, String b) {
    return jaroWinkler(normalise(a), normalise(b));
  }

  static String normalise(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z ]", " ");
    return Arrays.stream(plain.split(" +"))
        .filter(t -> !t.isEmpty() && !TITLES.contains(t))
        .sorted()
        .collect(Collectors.joining(" "));
  }

  /** Jaro-Winkler with the usual prefix scale 0.1 and prefix up to 4 characters. */
  public static double jaroWinkler(String s, String t) {
    double jaro = jaro(s, t);
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(s.length(), t.length()))
        && s.charAt(prefix) == t.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  static double jaro(String s, String t) {
    if (s.isEmpty() && t.isEmpty()) {
      return 1;
    }
    int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
    boolean[] sMatched = new boolean[s.length()];
    boolean[] tMatched = new boolean[t.length()];
    int matches = 0;
    for (int i = 0; i < s.length(); i++) {
      for (int j = Math.max(0, i - window); j < Math.min(t.length(), i + window + 1); j++) {
        if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
          sMatched[i] = tMatched[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    for (int i = 0, j = 0; i < s.length(); i++) {
      if (sMatched[i]) {
        while (!tMatched[j]) {
          j++;
        }
        if (s.charAt(i) != t.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    return (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3;
  }
}
