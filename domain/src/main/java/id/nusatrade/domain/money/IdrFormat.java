package id.nusatrade.domain.money;

/**
 * Formats rupiah the way Indonesian invoices print them: "Rp 1.234.567" (dot thousands, comma
 * decimals, a space after the symbol, sen only when present). Java's id-ID currency format prints
 * "Rp1.234.567,00", which reads as a typo to Indonesian users, so the pattern is explicit here.
 */
public final class IdrFormat {
  private IdrFormat() {}

  public static String format(Idr amount) {
    long sen = amount.sen();
    boolean negative = sen < 0;
    long abs = Math.abs(sen);
    long rupiah = abs / 100;
    long cents = abs % 100;
    StringBuilder digits = new StringBuilder(Long.toString(rupiah));
    for (int i = digits.length() - 3; i > 0; i -= 3) {
      digits.insert(i, '.');
    }
    StringBuilder out = new StringBuilder(negative ? "-Rp " : "Rp ").append(digits);
    if (cents != 0) {
      out.append(',').append(cents < 10 ? "0" : "").append(cents);
    }
    return out.toString();
  }
}
