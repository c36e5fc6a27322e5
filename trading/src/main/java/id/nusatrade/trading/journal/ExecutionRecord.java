package id.nusatrade.trading.journal;

import id.nusatrade.domain.trading.ExecutionReport;

/** A venue's execution report, journaled once (duplicates never reach the journal). */
public record ExecutionRecord(ExecutionReport report) implements JournalRecord {}
