package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The positions of every account, one per symbol. */
public final class Positions {
  private final Map<AccountId, Map<String, Position>> byAccount = new HashMap<>();

  /** The position, created flat on first use. */
  public Position of(AccountId account, String symbol) {
    return byAccount
        .computeIfAbsent(account, a -> new LinkedHashMap<>())
        .computeIfAbsent(symbol, s -> new Position(account, s));
  }

  /** Signed open quantity, zero when none. */
  public BigDecimal quantity(AccountId account, String symbol) {
    Map<String, Position> positions = byAccount.get(account);
    Position p = positions == null ? null : positions.get(symbol);
    return p == null ? BigDecimal.ZERO : p.quantity();
  }

  /** Open (non-flat) positions of an account. */
  public List<Position> open(AccountId account) {
    List<Position> out = new ArrayList<>();
    for (Position p : byAccount.getOrDefault(account, Map.of()).values()) {
      if (!p.isFlat()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Every position ever touched in a symbol (flat ones too), for marking on a tick. */
  public List<Position> inSymbol(String symbol) {
    List<Position> out = new ArrayList<>();
    for (Map<String, Position> positions : byAccount.values()) {
      Position p = positions.get(symbol);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }
}
