package id.nusatrade.ui.views.trading;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A manual order: symbol, side, MARKET/LIMIT/STOP with its price, quantity, stop-loss and
 * take-profit. Every submission gets a new client order id ({@code ui-} and a random id), so a
 * double click is two intents only if the trader clicks twice; fires {@link SubmitEvent} with the
 * intent, or shows what is wrong with the input.
 */
public class OrderTicket extends FormLayout {
  final TextField symbol = new TextField();
  final Select<Side> side = new Select<>();
  final Select<OrderType> type = new Select<>();
  final BigDecimalField quantity = new BigDecimalField();
  final BigDecimalField price = new BigDecimalField();
  final BigDecimalField stopLoss = new BigDecimalField();
  final BigDecimalField takeProfit = new BigDecimalField();
  final Button submit = new Button();
  final Span error = new Span();
  private final Supplier<String> clientOrderIds;
  private AccountId account;

  /** The intent the trader submitted. */
  public static class SubmitEvent extends ComponentEvent<OrderTicket> {
    private final OrderIntent intent;

    SubmitEvent(OrderTicket source, OrderIntent intent) {
      super(source, false);
      this.intent = intent;
    }

    public OrderIntent intent() {
      return intent;
    }
  }

  public OrderTicket(Supplier<String> clientOrderIds) {
    this.clientOrderIds = clientOrderIds;
    setId("order-ticket");
    side.setItems(Side.values());
    side.setValue(Side.BUY);
    type.setItems(OrderType.values());
    type.setValue(OrderType.MARKET);
    type.addValueChangeListener(e -> price.setEnabled(e.getValue() != OrderType.MARKET));
    price.setEnabled(false);
    submit.setId("order-submit");
    submit.addClickListener(e -> submit());
    error.setId("order-error");
    add(symbol, side, type, quantity, price, stopLoss, takeProfit, submit, error);
  }

  /** The account new orders go to. */
  void account(AccountId account) {
    this.account = account;
  }

  private void submit() {
    if (account == null) {
      return;
    }
    OrderType t = type.getValue();
    OrderIntent intent;
    try {
      intent =
          new OrderIntent(
              account,
              new ClientOrderId(clientOrderIds.get()),
              symbol.getValue().trim(),
              side.getValue(),
              quantity.getValue(),
              t,
              t == OrderType.LIMIT ? price.getValue() : null,
              t == OrderType.STOP ? price.getValue() : null,
              new Protection(stopLoss.getValue(), takeProfit.getValue(), null));
    } catch (IllegalArgumentException | NullPointerException e) {
      showError(e.getMessage());
      return;
    }
    fireEvent(new SubmitEvent(this, intent));
  }

  /** Shows the refusal (the rules' {@code CODE: message} lines), or clears it with null. */
  void showError(String message) {
    error.setText(message == null ? "" : message);
  }

  public Registration addSubmitListener(
      com.vaadin.flow.component.ComponentEventListener<SubmitEvent> listener) {
    return addListener(SubmitEvent.class, listener);
  }

  void translate(Function<String, String> t) {
    symbol.setLabel(t.apply("trading.symbol"));
    side.setLabel(t.apply("trading.side"));
    type.setLabel(t.apply("trading.type"));
    quantity.setLabel(t.apply("trading.quantity"));
    price.setLabel(t.apply("trading.price"));
    stopLoss.setLabel(t.apply("trading.stopLoss"));
    takeProfit.setLabel(t.apply("trading.takeProfit"));
    submit.setText(t.apply("trading.submit"));
  }
}
