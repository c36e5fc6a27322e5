package id.nusatrade.billing.invoice;

import id.nusatrade.domain.money.Idr;
import java.util.Objects;

/**
 * One line before tax. {@code textKey} is translated when printed ({@code line.plan}, {@code
 * line.credit}, ...), {@code argument} fills it (a plan id, a credit note number).
 */
public record InvoiceLine(String textKey, String argument, Idr amount) {
  public InvoiceLine {
    Objects.requireNonNull(textKey, "textKey");
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(amount, "amount");
  }
}
