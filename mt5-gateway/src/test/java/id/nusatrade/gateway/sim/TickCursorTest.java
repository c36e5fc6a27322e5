package id.nusatrade.gateway.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TickCursorTest {
  @Test
  void theOffsetOfTwoClockReadingsIsRoundedToAQuarterHour() {
    long gmt = 1_700_000_000L;
    assertThat(TickCursor.serverOffsetMillis(gmt + 10_800 - 1, gmt)).isEqualTo(10_800_000); // +3
    assertThat(TickCursor.serverOffsetMillis(gmt + 10_800 + 1, gmt)).isEqualTo(10_800_000);
    assertThat(TickCursor.serverOffsetMillis(gmt - 3_601, gmt)).isEqualTo(-3_600_000);
    assertThat(TickCursor.serverOffsetMillis(gmt + 19_800, gmt)).isEqualTo(19_800_000); // +5:30
    assertThat(TickCursor.serverOffsetMillis(gmt + 1, gmt)).isZero();
  }

  @Test
  void onlyTheTicksAtTheLastMillisecondAlreadySentAreSkipped() {
    TickCursor c = new TickCursor(100);
    c.sent(100);
    c.sent(100); // two ticks at 100 sent
    assertThat(c.count(1000)).isEqualTo(1002);
    List<TerminalTick> answer = List.of(at(100), at(100), at(100), at(101), at(101));
    assertThat(c.alreadySent(answer)).isEqualTo(2);
    c.sent(100);
    c.sent(101);
    c.sent(101);
    assertThat(c.from()).isEqualTo(101);
    assertThat(c.alreadySent(List.of(at(101), at(101), at(101)))).isEqualTo(2);
  }

  private static TerminalTick at(long msc) {
    return new TerminalTick(msc, 1, 1, 0, 1, 0);
  }
}
