package id.nusatrade.rules.lifecycle;

import id.nusatrade.rules.store.Draft;
import id.nusatrade.rules.store.PendingApproval;
import id.nusatrade.rules.store.StoredVersion;

/** What a publish request did: made a new version live, or left it waiting for approval. */
public sealed interface PublishResult {
  /** The draft is now the live version. */
  record Published(StoredVersion version) implements PublishResult {}

  /** Four-eyes: the draft passed every check and waits for a second business-staff user. */
  record AwaitingApproval(Draft draft, PendingApproval approval) implements PublishResult {}
}
