package id.nusatrade.trading.journal;

import id.nusatrade.domain.trading.ExitReason;
import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import java.util.List;

/**
 * A new order with the engine's decision on it: SENT (on its way to the venue), REJECTED (kill
 * switch or rules, with reasons) or PENDING_APPROVAL (with the rules' reasons).
 */
public record OrderRecord(
    OrderId id,
    long createdAtMillis,
    ExitReason exitReason,
    OrderIntent intent,
    OrderState state,
    List<String> reasons)
    implements JournalRecord {}
