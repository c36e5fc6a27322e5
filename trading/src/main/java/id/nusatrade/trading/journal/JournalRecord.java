package id.nusatrade.trading.journal;

/** One change the engine journals before it takes effect; replaying them rebuilds its state. */
public sealed interface JournalRecord
    permits AccountRecord, OrderRecord, StateRecord, ExecutionRecord {}
