package id.nusatrade.trading.pnl;

import java.math.BigDecimal;

/** IDR per unit of a currency and where that number came from. */
public record IdrRate(BigDecimal idrPerUnit, String source) {
  public static final IdrRate IDR = new IdrRate(BigDecimal.ONE, "IDR");
}
