package id.nusatrade.compliance.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScreeningTest {
  private final Screening screening = new Screening(ScreeningList.shipped());

  @Test
  void theShippedListLoads() {
    assertThat(screening.size()).isEqualTo(7);
  }

  @Test
  void aSpellingVariantOfAListedNameIsAHit() {
    assertThat(screening.screen("Achmad Fauzi Rahman"))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.entryId()).isEqualTo("DEMO-S-001");
              assertThat(hit.kind()).isEqualTo(ScreeningEntry.Kind.SANCTION);
              assertThat(hit.similarity()).isGreaterThanOrEqualTo(Screening.THRESHOLD);
            });
  }

  @Test
  void wordOrderAndTitlesDoNotHideAPoliticallyExposedPerson() {
    assertThat(screening.screen("Ir. Setiadi Gunawan"))
        .extracting(ScreeningHit::entryId)
        .containsExactly("DEMO-P-002");
  }

  @Test
  void anUnrelatedNameHasNoHits() {
    assertThat(screening.screen("Siti Rahayu")).isEmpty();
    assertThat(screening.screen("Ahmad Santoso")).isEmpty();
  }

  @Test
  void aReloadedListReplacesTheShippedOne() throws Exception {
    screening.reload(ScreeningList.read(new StringReader("X-1;SANCTION;Siti Rahayu;test\n")));

    assertThat(screening.screen("Siti Rahayu"))
        .extracting(ScreeningHit::entryId)
        .containsExactly("X-1");
    assertThat(screening.screen("Achmad Fauzi Rahman")).isEmpty();
  }

  @Test
  void aMalformedListIsRefusedNamingTheLine() {
    assertThatThrownBy(
            () -> ScreeningList.read(new StringReader("# c\nX-1;SANCTION;A;s\nX-2;BANNED;B;s\n")))
        .hasMessageContaining("line 3")
        .hasMessageContaining("SANCTION or PEP");
  }
}
