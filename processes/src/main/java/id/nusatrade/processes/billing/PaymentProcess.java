package id.nusatrade.processes.billing;

import id.nusatrade.processes.ProcessDefinition;

/** Names shared by {@code payment.bpmn}, its workers, the notification relay and the tests. */
public final class PaymentProcess {
  public static final ProcessDefinition PROCESS = ProcessDefinition.of("payment");

  /**
   * Message: a payment moved (the notification handler, after the status API confirmed it);
   * correlation key = {@link #ORDER_ID}, variable {@link #PAYMENT_STATE}.
   */
  public static final String NOTIFICATION_MESSAGE = "payment.notification";

  /**
   * Message: an upgrade's invoice is to be paid (the subscription service, after the invoice
   * committed); starts an instance at {@link #UPGRADE_START}. Correlation key = {@link #ORDER_ID}
   * (derived from the invoice), so one invoice has at most one running payment; the message id is
   * derived from it too, so a repeated request is the same message. Variables {@link #INVOICE_ID},
   * {@link #ORDER_ID}, {@link #PAYMENT_EXPIRY}.
   */
  public static final String REQUESTED_MESSAGE = "payment.requested";

  /** Job types. */
  public static final String CHARGE_JOB = "nusatrade.payment.charge";

  public static final String EXPIRE_JOB = "nusatrade.payment.expire";
  public static final String SEND_RECEIPT_JOB = "nusatrade.payment.send-receipt";
  public static final String SEND_REFUND_RECEIPT_JOB = "nusatrade.payment.send-refund-receipt";

  /** BPMN error of the charge: the gateway refused it for good (not retryable). */
  public static final String CHARGE_REFUSED_ERROR = "PAYMENT_CHARGE_REFUSED";

  /** Variables in. */
  public static final String TENANT_ID = "tenantId";

  public static final String INVOICE_ID = "invoiceId";
  public static final String ORDER_ID = "orderId";

  /** ISO-8601 duration the payment may take before it is expired ({@code PT24H}). */
  public static final String PAYMENT_EXPIRY = "paymentExpiry";

  /** Variable out: {@code PAID}, {@code FAILED} or {@code REFUNDED} (our payment state). */
  public static final String PAYMENT_STATE = "paymentState";

  /** Element ids. */
  public static final String START = "payment_requested";

  public static final String UPGRADE_START = "upgrade_payment_requested";

  public static final String CHARGE_INVOICE = "charge_invoice";
  public static final String CHARGE_REFUSED = "charge_refused";
  public static final String CHARGE_NOT_ACCEPTED = "charge_not_accepted";
  public static final String AWAIT_NOTIFICATION = "await_payment_notification";
  public static final String PAYMENT_WINDOW_ELAPSED = "payment_window_elapsed";
  public static final String SEND_RECEIPT = "send_receipt";
  public static final String PAYMENT_SETTLED = "payment_settled";
  public static final String PAYMENT_DENIED = "payment_denied";
  public static final String SEND_REFUND_RECEIPT = "send_refund_receipt";
  public static final String PAYMENT_REFUNDED = "payment_refunded";
  public static final String EXPIRE_PAYMENT = "expire_payment";
  public static final String PAYMENT_EXPIRED = "payment_expired";

  private PaymentProcess() {}
}
