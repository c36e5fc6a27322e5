package id.nusatrade.rules.store;

import id.nusatrade.rules.engine.RuleArea;
import java.time.Instant;

/** One published version of an area's rule set: its source and who published it, when and why. */
public record StoredVersion(
    RuleArea area,
    long version,
    String drl,
    String limits,
    String author,
    Instant createdAt,
    String comment) {}
