package id.nusatrade.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Indonesian rupiah held as sen (1/100 rupiah), the minor unit Midtrans and ISO 4217
 * use. Arithmetic is exact; overflow throws.
 */
public record Idr(long sen) implements Comparable<Idr> {
  public static final Idr ZERO = new Idr(0);

  /** Whole rupiah. */
  public static Idr of(long rupiah) {
    return new Idr(Math.multiplyExact(rupiah, 100));
  }

  /**
   * Parses an amount such as "10000.00" (Midtrans' gross_amount); more than 2 decimals is an error.
   */
  public static Idr parse(String amount) {
    BigDecimal value = new BigDecimal(amount.trim());
    try {
      return new Idr(
          value.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "not a rupiah amount with at most 2 decimals: " + amount, e);
    }
  }

  public Idr plus(Idr other) {
    return new Idr(Math.addExact(sen, other.sen));
  }

  public Idr minus(Idr other) {
    return new Idr(Math.subtractExact(sen, other.sen));
  }

  public Idr times(long factor) {
    return new Idr(Math.multiplyExact(sen, factor));
  }

  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(sen, 2);
  }

  @Override
  public int compareTo(Idr o) {
    return Long.compare(sen, o.sen);
  }
}
