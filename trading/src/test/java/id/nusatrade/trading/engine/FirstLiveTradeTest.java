package id.nusatrade.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.PreTradeOutcome;
import id.nusatrade.domain.trading.PreTradeRequest;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine tells the rules how many orders a LIVE account has sent, so only its first live trade
 * goes through trade approval (issue 11): the count starts at 0, counts the approved first order
 * once it is sent, ignores paper accounts and survives a restart (rebuilt from the journal).
 */
class FirstLiveTradeTest {
  static final TenantId TENANT = new TenantId(new UUID(5, 1));
  static final AccountId LIVE = new AccountId(new UUID(6, 1));
  static final AccountId PAPER = new AccountId(new UUID(6, 2));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  final List<PreTradeRequest> seen = new ArrayList<>();

  /** As the shipped rule: a LIVE account that has sent nothing needs approval. */
  TradingEngine engine() {
    TradingEngine e =
        new TradingEngine(
            dir,
            r -> {
              seen.add(r);
              return r.mode() == AccountMode.LIVE && r.liveTradesSoFar() == 0
                  ? new PreTradeVerdict(
                      PreTradeOutcome.NEEDS_APPROVAL, List.of("FIRST_LIVE_TRADE: first"), "v1")
                  : PreTradeVerdict.allow("v1");
            },
            CLOCK,
            TradingListener.NONE);
    e.openAccount(new Account(LIVE, TENANT, AccountMode.LIVE, TradingState.ACTIVE));
    e.openAccount(Account.open(PAPER, TENANT));
    e.connect(AccountMode.LIVE, new RecordingVenue());
    e.connect(AccountMode.PAPER, new RecordingVenue());
    return e;
  }

  @Test
  void onlyTheFirstLiveOrderWaitsForApprovalAndTheCountSurvivesARestart() {
    TradingEngine e = engine();
    Order paper = submit(e, PAPER, "p1");
    Order first = submit(e, LIVE, "l1");
    assertThat(paper.state()).isEqualTo(OrderState.SENT);
    assertThat(first.state()).isEqualTo(OrderState.PENDING_APPROVAL);
    assertThat(submit(e, LIVE, "l2").state())
        .as("still no live order sent")
        .isEqualTo(OrderState.PENDING_APPROVAL);

    e.approvalDecided(TENANT, first.id(), ApprovalOutcome.APPROVED, "officer-a");
    Order second = submit(e, LIVE, "l3");
    assertThat(second.state()).isEqualTo(OrderState.SENT);
    e.flush();
    e.close();

    TradingEngine restarted = engine();
    seen.clear();
    assertThat(submit(restarted, LIVE, "l4").state()).isEqualTo(OrderState.SENT);
    assertThat(seen.getFirst().liveTradesSoFar()).isEqualTo(2L); // l1 approved, l3
    restarted.close();
  }

  private static Order submit(TradingEngine e, AccountId account, String id) {
    return e.submit(
            OrderIntent.market(account, new ClientOrderId(id), "EURUSD", Side.BUY, BigDecimal.ONE))
        .order();
  }
}
