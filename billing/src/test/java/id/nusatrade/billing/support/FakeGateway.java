package id.nusatrade.billing.support;

import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.ChargeResult;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.billing.TransactionStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gateway for unit tests: records charges and answers the status API from what the test set. The
 * real wire format is tested against the simulator in the ITs.
 */
public final class FakeGateway implements PaymentGateway {
  public final List<ChargeRequest> charges = new ArrayList<>();
  public final Map<String, TransactionStatus> statuses = new HashMap<>();
  public int statusCalls;
  public boolean failNextCharge;

  @Override
  public ChargeResult charge(ChargeRequest request) {
    if (failNextCharge) {
      failNextCharge = false;
      throw new PaymentGatewayException("connection reset", true, null);
    }
    charges.add(request);
    return new ChargeResult(
        "tx-" + charges.size(), "pending", Map.of("va_number", "12345" + charges.size()));
  }

  @Override
  public TransactionStatus status(OrderId orderId) {
    statusCalls++;
    TransactionStatus status = statuses.get(orderId.value());
    if (status == null) {
      throw new PaymentGatewayException("404 transaction not found", false, null);
    }
    return status;
  }

  public final List<String> cancels = new ArrayList<>();

  /** As Midtrans: a pending transaction is cancelled; anything else is refused (412, 404). */
  @Override
  public TransactionStatus cancel(OrderId orderId) {
    TransactionStatus status = statuses.get(orderId.value());
    if (status == null) {
      throw new PaymentGatewayException("404 transaction not found", false, null);
    }
    if (!status.transactionStatus().equals("pending")) {
      throw new PaymentGatewayException(
          "412 Merchant cannot modify the status of the transaction", false, null);
    }
    cancels.add(orderId.value());
    settle(orderId.value(), "cancel", status.grossAmount());
    return statuses.get(orderId.value());
  }

  public void settle(String orderId, String transactionStatus, String gross) {
    statuses.put(
        orderId,
        new TransactionStatus(
            orderId, "tx", transactionStatus, "accept", statusCodeOf(transactionStatus), gross));
  }

  public static String statusCodeOf(String transactionStatus) {
    return switch (transactionStatus) {
      case "settlement", "capture", "refund" -> "200";
      case "pending" -> "201";
      case "deny", "cancel", "expire", "failure" -> "202";
      default -> "200";
    };
  }
}
