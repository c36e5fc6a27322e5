package id.nusatrade.billing.midtrans.simulator;

import java.util.Collection;

/** The simulator's pages: the list of transactions, and one transaction with buttons to pay it. */
final class PayPage {
  private PayPage() {}

  static String list(Collection<SimulatedTransaction> transactions) {
    StringBuilder rows = new StringBuilder();
    for (SimulatedTransaction t : transactions) {
      rows.append("<tr><td><a href=\"/pay/")
          .append(t.orderId)
          .append("\">")
          .append(t.orderId)
          .append("</a></td><td>")
          .append(t.paymentType)
          .append(t.bank == null ? "" : " " + t.bank)
          .append("</td><td>")
          .append(t.grossAmount)
          .append("</td><td>")
          .append(t.status())
          .append("</td></tr>");
    }
    return page(
        "Midtrans simulator",
        "<table><tr><th>order_id</th><th>payment</th><th>gross_amount</th><th>status</th></tr>"
            + rows
            + "</table>");
  }

  static String transaction(SimulatedTransaction t) {
    String form =
        """
        <form method="post" action="/pay/%s">
          <p><label>duplicates <input name="duplicates" type="number" min="0" max="5" value="0"></label>
          <label><input name="outOfOrder" type="checkbox" value="true"> then replay the previous status</label>
          <label>delay (seconds) <input name="delaySeconds" type="number" min="0" max="600" value="0"></label></p>
          <p><button name="action" value="settle" id="pay">Pay</button>
          <button name="action" value="expire">Expire</button>
          <button name="action" value="deny">Deny</button>
          <button name="action" value="cancel">Cancel</button>
          <button name="action" value="refund">Refund</button></p>
        </form>"""
            .formatted(t.orderId);
    String body =
        "<p>order_id <b id=\"order\">"
            + t.orderId
            + "</b><br>"
            + t.paymentType
            + (t.bank == null ? "" : " " + t.bank)
            + " number <b id=\"number\">"
            + t.payNumber
            + "</b><br>gross_amount <b>"
            + t.grossAmount
            + "</b><br>status <b id=\"status\">"
            + t.status()
            + "</b></p>"
            + form
            + "<p><a href=\"/\">all transactions</a></p>";
    return page("Pay " + t.orderId, body);
  }

  private static String page(String title, String body) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head><body><h1>"
        + title
        + "</h1>"
        + body
        + "</body></html>";
  }
}
