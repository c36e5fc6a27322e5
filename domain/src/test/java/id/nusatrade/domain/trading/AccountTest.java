package id.nusatrade.domain.trading;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTest {
  final Account account = Account.open(new AccountId(new UUID(0, 7)), TenantId.random());

  OrderIntent order(Side side, String qty) {
    return OrderIntent.market(
        account.id(), new ClientOrderId("k"), "EURUSD", side, new BigDecimal(qty));
  }

  @Test
  void aNewAccountIsPaperAndActive() {
    assertThat(account.mode()).isEqualTo(AccountMode.PAPER);
    assertThat(account.tradingState()).isEqualTo(TradingState.ACTIVE);
    assertThat(account.refusal(order(Side.BUY, "5"), BigDecimal.ZERO)).isNull();
  }

  @Test
  void haltedRefusesEvenAReducingOrder() {
    account.tradingState(TradingState.HALTED);
    assertThat(account.refusal(order(Side.SELL, "1"), new BigDecimal("3"))).contains("HALTED");
  }

  @Test
  void reducingLetsThroughOnlyOrdersThatShrinkThePosition() {
    account.tradingState(TradingState.REDUCING);
    BigDecimal long3 = new BigDecimal("3");
    assertThat(account.refusal(order(Side.SELL, "3"), long3)).isNull();
    assertThat(account.refusal(order(Side.SELL, "1"), long3)).isNull();
    assertThat(account.refusal(order(Side.SELL, "4"), long3)).contains("REDUCING"); // would flip
    assertThat(account.refusal(order(Side.BUY, "1"), long3)).contains("REDUCING");
    assertThat(account.refusal(order(Side.BUY, "1"), new BigDecimal("-2"))).isNull();
    assertThat(account.refusal(order(Side.SELL, "1"), BigDecimal.ZERO)).contains("REDUCING");
  }
}
