package id.nusatrade.billing.invoice;

import id.nusatrade.domain.money.Idr;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The PPN (VAT) rate in basis points (1100 = 11%). Tax is rounded half-up to whole rupiah, since
 * Midtrans charges IDR without sen.
 */
public record TaxRate(int basisPoints) {
  public static final TaxRate PPN_DEFAULT = new TaxRate(1100);

  public TaxRate {
    if (basisPoints < 0 || basisPoints > 5000) {
      throw new IllegalArgumentException("PPN rate must be 0% to 50%: " + basisPoints + " bp");
    }
  }

  /** Parses a percentage such as "11" or "11.5". */
  public static TaxRate percent(String text) {
    try {
      BigDecimal bp = new BigDecimal(text.trim()).movePointRight(2);
      return new TaxRate(bp.intValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "PPN rate must be a percentage with at most 2 decimals, such as 11: " + text, e);
    }
  }

  public Idr taxOn(Idr base) {
    BigDecimal tax =
        base.toBigDecimal()
            .multiply(BigDecimal.valueOf(basisPoints))
            .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP);
    return Idr.of(tax.longValueExact());
  }

  /** "11" or "11,5": how the rate is printed on an Indonesian invoice. */
  public String printed() {
    return BigDecimal.valueOf(basisPoints, 2)
        .stripTrailingZeros()
        .toPlainString()
        .replace('.', ',');
  }
}
