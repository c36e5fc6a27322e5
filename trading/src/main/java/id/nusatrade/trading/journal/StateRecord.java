package id.nusatrade.trading.journal;

import id.nusatrade.domain.trading.OrderId;
import id.nusatrade.domain.trading.OrderState;
import java.util.List;

/** A change the engine itself makes to an order: approved (SENT) or denied (REJECTED). */
public record StateRecord(OrderId id, OrderState state, List<String> reasons)
    implements JournalRecord {}
