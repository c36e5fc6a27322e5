package id.nusatrade.indicators;

/** An indicator of the close price alone (TA-Lib's single {@code inReal} functions). */
public abstract class CloseIndicator extends BarIndicator {
  protected CloseIndicator(String[] names, int lookback) {
    super(names, lookback);
  }

  @Override
  protected final void onBar(
      long time, double open, double high, double low, double close, double volume) {
    onClose(close);
  }

  protected abstract void onClose(double close);
}
