package id.nusatrade.domain.billing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The payment methods offered, with the ids the API uses ({@code bca_va}, {@code qris}, ...) and
 * what the Midtrans Core API calls them ({@code payment_type} and, for virtual accounts, {@code
 * bank}).
 */
public enum PaymentMethod {
  BCA_VA("bank_transfer", "bca"),
  BNI_VA("bank_transfer", "bni"),
  BRI_VA("bank_transfer", "bri"),
  PERMATA_VA("bank_transfer", "permata"),
  MANDIRI_BILL("echannel", null),
  GOPAY("gopay", null),
  SHOPEEPAY("shopeepay", null),
  QRIS("qris", null),
  CREDIT_CARD("credit_card", null);

  private final String paymentType;
  private final String bank;

  PaymentMethod(String paymentType, String bank) {
    this.paymentType = paymentType;
    this.bank = bank;
  }

  /** Midtrans' {@code payment_type}. */
  public String paymentType() {
    return paymentType;
  }

  /** Midtrans' {@code bank_transfer.bank}, or null for other payment types. */
  public String bank() {
    return bank;
  }

  /** The API's id: {@code bca_va}, {@code mandiri_bill}, {@code qris}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an API id; an unknown one is an error that lists the accepted ids. */
  public static PaymentMethod fromId(String id) {
    for (PaymentMethod method : values()) {
      if (method.id().equals(id)) {
        return method;
      }
    }
    throw new IllegalArgumentException(
        "paymentMethod must be one of "
            + Arrays.stream(values()).map(PaymentMethod::id).collect(Collectors.joining(", "))
            + (id == null ? " (missing)" : ""));
  }
}
