package id.nusatrade.domain.billing;

import java.util.Map;

/**
 * The gateway's answer to a charge: its transaction id, the status ({@code pending} for every
 * method we offer until the payer acts) and what the payer needs, such as {@code va_number}, {@code
 * bill_key}/{@code biller_code}, {@code qr_url}, {@code deeplink_url} or {@code redirect_url}.
 */
public record ChargeResult(
    String transactionId, String transactionStatus, Map<String, String> instructions) {
  public ChargeResult {
    instructions = Map.copyOf(instructions);
  }
}
