package id.nusatrade.rules.store;

import id.nusatrade.rules.engine.RuleArea;
import java.time.Instant;

/** A proposed change: the full source, the version it was based on, its author and comment. */
public record Draft(
    long id,
    RuleArea area,
    long baseVersion,
    String drl,
    String limits,
    String author,
    Instant createdAt,
    String comment) {}
