package id.nusatrade.ui.support;

import java.util.function.Supplier;

/** A test bean made on first use (then kept), for beans that are costly to build. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> make;
  private T value;

  public Lazy(Supplier<T> make) {
    this.make = make;
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      value = make.get();
    }
    return value;
  }
}
