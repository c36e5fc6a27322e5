package id.nusatrade.compliance.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {
  // Winkler's published examples (Winkler 1990; also the Wikipedia article on Jaro-Winkler).
  @ParameterizedTest
  @CsvSource({"MARTHA, MARHTA, 0.961", "DWAYNE, DUANE, 0.840", "DIXON, DICKSONX, 0.813"})
  void matchesThePublishedJaroWinklerValues(String a, String b, double expected) {
    assertThat(NameSimilarity.jaroWinkler(a, b)).isCloseTo(expected, within(0.0005));
  }

  @Test
  void normalisationIgnoresCaseAccentsTitlesAndWordOrder() {
    assertThat(NameSimilarity.normalise("Hj. Siti  RAHAYU")).isEqualTo("rahayu siti");
    assertThat(NameSimilarity.normalise("Dr. José Ramírez")).isEqualTo("jose ramirez");
    assertThat(NameSimilarity.similarity("Rahayu, Siti", "SITI RAHAYU")).isEqualTo(1.0);
  }
}
