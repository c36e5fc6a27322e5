package id.nusatrade.trading.engine;

import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.Position;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Each account's run of losing closed trades, kept fill by fill by {@link EngineState} (so replay
 * rebuilds it). A trade runs from a flat position to flat again (or to the other side); its result
 * is the net realised P&amp;L (less commissions) the position earned meanwhile, in the instrument's
 * quote currency (only its sign counts). A loss adds one and records the closing fill's venue time;
 * a break-even or winning trade ends the run.
 */
final class LossStreaks {
  /** Net realised P&amp;L of each position when its current trade opened. */
  private final Map<Position, BigDecimal> tradeStart = new IdentityHashMap<>();

  private final Map<AccountId, Streak> streaks = new HashMap<>();

  record Streak(int losses, Instant lastLossAt) {
    static final Streak NONE = new Streak(0, null);
  }

  /**
   * After {@code p} took a fill: {@code heldBefore} its signed quantity and {@code netBefore} its
   * net realised P&amp;L before the fill.
   */
  void filled(Position p, BigDecimal heldBefore, BigDecimal netBefore, long timeMillis) {
    int before = heldBefore.signum();
    int after = p.quantity().signum();
    if (before == 0) {
      tradeStart.put(p, netBefore);
      return;
    }
    if (after == before) {
      return;
    }
    BigDecimal start = tradeStart.getOrDefault(p, BigDecimal.ZERO);
    BigDecimal result = p.netRealisedPnl().subtract(start);
    Streak s = streaks.getOrDefault(p.account(), Streak.NONE);
    streaks.put(
        p.account(),
        result.signum() < 0
            ? new Streak(s.losses() + 1, Instant.ofEpochMilli(timeMillis))
            : Streak.NONE);
    if (after == 0) {
      tradeStart.remove(p);
    } else {
      tradeStart.put(p, p.netRealisedPnl());
    }
  }

  Streak of(AccountId account) {
    return streaks.getOrDefault(account, Streak.NONE);
  }
}
