package id.nusatrade.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndonesianZoneTest {
  private static final Instant NOON_UTC = Instant.parse("2026-11-21T12:00:00Z");

  @Test
  void wibIsSevenHoursAheadOfUtc() {
    assertThat(IndonesianZone.WIB.format(NOON_UTC)).isEqualTo("21 Nov 2026 19:00 WIB");
  }

  @Test
  void witaIsEightAndWitNineHoursAhead() {
    assertThat(IndonesianZone.WITA.format(NOON_UTC)).isEqualTo("21 Nov 2026 20:00 WITA");
    assertThat(IndonesianZone.WIT.format(NOON_UTC)).isEqualTo("21 Nov 2026 21:00 WIT");
  }
}
