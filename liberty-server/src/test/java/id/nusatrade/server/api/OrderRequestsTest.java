package id.nusatrade.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderRequestsTest {
  static final AccountId A = new AccountId(new UUID(1, 1));

  static OrderRequest body() {
    OrderRequest r = new OrderRequest();
    r.clientOrderId = "c-1";
    r.symbol = "EURUSD";
    r.side = "buy";
    r.quantity = new BigDecimal("1000");
    r.type = "LIMIT";
    r.limitPrice = new BigDecimal("1.1");
    r.stopLoss = new BigDecimal("1.05");
    return r;
  }

  @Test
  void aBodyBecomesAnIntent() {
    OrderIntent i = OrderRequests.intent(body(), A);
    assertThat(i.side()).isEqualTo(Side.BUY);
    assertThat(i.type()).isEqualTo(OrderType.LIMIT);
    assertThat(i.protection().stopLoss()).isEqualByComparingTo("1.05");
  }

  @Test
  void aPersonCannotTakeAnAutomatedOrdersClientOrderId() {
    OrderRequest r = body();
    r.clientOrderId = "auto-midc1z40-0011223344556677";
    assertThatThrownBy(() -> OrderRequests.intent(r, A))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("reserved for automated orders");
  }

  @Test
  void badFieldsAre400NamingTheField() {
    OrderRequest r = body();
    r.side = "LONG";
    assertThatThrownBy(() -> OrderRequests.intent(r, A))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("side must be one of [BUY, SELL]");
    OrderRequest q = body();
    q.quantity = null;
    assertThatThrownBy(() -> OrderRequests.intent(q, A))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("quantity must be a positive number");
    OrderRequest l = body();
    l.limitPrice = null;
    assertThatThrownBy(() -> OrderRequests.intent(l, A))
        .hasMessageContaining("limitPrice (required for a LIMIT order)");
    OrderRequest c = body();
    c.clientOrderId = null;
    assertThatThrownBy(() -> OrderRequests.intent(c, A)).hasMessageContaining("clientOrderId");
  }
}
