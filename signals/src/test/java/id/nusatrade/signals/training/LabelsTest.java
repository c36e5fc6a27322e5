package id.nusatrade.signals.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {
  private static final double[] CLOSE = {10, 11, 11, 9, 12};

  @Test
  void theLabelIsTheSignOfTheForwardReturnAndUndefinedAtTheEndOrWhenFlat() {
    assertThat(Labels.forwardSign(CLOSE, 0, 1)).isEqualTo(Labels.UP);
    assertThat(Labels.forwardSign(CLOSE, 1, 1)).isEqualTo(Labels.NONE);
    assertThat(Labels.forwardSign(CLOSE, 1, 2)).isEqualTo(Labels.DOWN);
    assertThat(Labels.forwardSign(CLOSE, 3, 2)).isEqualTo(Labels.NONE);
  }

  @Test
  void persistenceGuessesThePastReturnsSign() {
    assertThat(Labels.pastSign(CLOSE, 4, 1)).isEqualTo(Labels.UP);
    assertThat(Labels.pastSign(CLOSE, 3, 2)).isEqualTo(Labels.DOWN);
    assertThat(Labels.pastSign(CLOSE, 0, 1)).isEqualTo(Labels.DOWN);
  }
}
