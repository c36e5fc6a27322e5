package id.nusatrade.backtest.engine;

/**
 * When a signal decided on a bar's close fills: at the next bar's open ({@code next-open}, the
 * default: nothing can trade on a price it has just used to decide), or at that same close.
 */
public enum FillMode {
  NEXT_OPEN("next-open"),
  CLOSE("close");

  private final String option;

  FillMode(String option) {
    this.option = option;
  }

  public String option() {
    return option;
  }

  public static FillMode parse(String text) {
    for (FillMode mode : values()) {
      if (mode.option.equals(text)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("--fill must be next-open or close, got '" + text + "'");
  }
}
