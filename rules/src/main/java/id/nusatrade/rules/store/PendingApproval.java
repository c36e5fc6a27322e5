package id.nusatrade.rules.store;

import java.time.Instant;

/** A publish of a draft that waits for a second business-staff user (four-eyes). */
public record PendingApproval(long draftId, String requestedBy, Instant requestedAt) {}
