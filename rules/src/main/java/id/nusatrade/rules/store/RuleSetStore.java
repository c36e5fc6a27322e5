package id.nusatrade.rules.store;

import id.nusatrade.rules.engine.RuleArea;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where rule set versions, drafts, scenarios and the live pointer are kept. */
public interface RuleSetStore {
  /** The live version of {@code area}, or empty before the first publish. */
  Optional<StoredVersion> live(RuleArea area);

  Optional<StoredVersion> version(RuleArea area, long version);

  /** Every version of the area, newest first. */
  List<StoredVersion> versions(RuleArea area);

  Draft saveDraft(
      RuleArea area,
      long baseVersion,
      String drl,
      String limits,
      String author,
      Instant at,
      String comment);

  Optional<Draft> draft(RuleArea area, long id);

  /**
   * Stores the draft as the next version and makes it live, if the live version is still {@code
   * expectedLive} (0 = none yet); otherwise nothing changes.
   */
  StoredVersion publish(Draft draft, long expectedLive, String author, Instant at)
      throws PublishConflict;

  /** Makes an existing version live again, if the live version is still {@code expectedLive}. */
  StoredVersion rollback(RuleArea area, long version, long expectedLive, String author, Instant at)
      throws PublishConflict;

  /** The saved scenario file of the area (YAML), or empty. */
  Optional<String> scenarios(RuleArea area);

  void saveScenarios(RuleArea area, String yaml, String author, Instant at);

  /** Records that publishing {@code draft} was requested and waits for a second person. */
  void requestApproval(Draft draft, String requestedBy, Instant at);

  /** The publish of draft {@code draftId} that still waits for approval, if any. */
  Optional<PendingApproval> pendingApproval(RuleArea area, long draftId);

  /** Every publish of the area that still waits for approval, oldest request first. */
  List<PendingApproval> pendingApprovals(RuleArea area);

  /** Closes the pending approval of {@code draftId} as approved by {@code approver}. */
  void approved(long draftId, String approver, Instant at);
}
