package id.nusatrade.signals.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WalkForwardTest {
  @Test
  void testChunksFollowEachOtherAndTrainingEndsHorizonPlusEmbargoBeforeTheTest() {
    int horizon = 5;
    int embargo = 7;
    int[] bar = IntStream.range(100, 700).toArray();
    List<WalkForward.Split> splits = WalkForward.folds(bar, 5, horizon, embargo);
    assertThat(splits).hasSize(5);
    int next = 200; // 600 rows in 6 chunks of 100: the first chunk only trains
    for (WalkForward.Split s : splits) {
      int firstTest = bar[s.test()[0]];
      assertThat(firstTest).isEqualTo(next);
      next = bar[s.test()[s.test().length - 1]] + 1;
      int lastTrain = bar[s.train()[s.train().length - 1]];
      // the last training label (lastTrain + horizon) ends more than embargo bars before the test
      assertThat(lastTrain + horizon).isEqualTo(firstTest - embargo - 1);
      assertThat(s.train()[0]).isZero();
    }
    assertThat(next).isEqualTo(700);
  }

  @Test
  void innerValidationIsTheLastPartAndPurgedTheSameWay() {
    int[] bar = IntStream.range(0, 100).toArray();
    int[] rows = IntStream.range(0, 100).toArray();
    WalkForward.Split inner = WalkForward.inner(rows, bar, 0.2, 3, 3);
    assertThat(inner.test()).hasSize(20).startsWith(80).endsWith(99);
    assertThat(inner.train()).hasSize(80 - 3 - 3).endsWith(73);
  }
}
