package id.nusatrade.ui.rules;

import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.lifecycle.ApprovalRefused;
import id.nusatrade.rules.lifecycle.PublishRefused;
import id.nusatrade.rules.lifecycle.PublishResult;
import id.nusatrade.rules.lifecycle.RuleSetLifecycle;
import id.nusatrade.rules.lifecycle.RuleSetNotFound;
import id.nusatrade.rules.store.PublishConflict;
import id.nusatrade.rules.store.StoredVersion;
import java.util.function.Consumer;

/**
 * What the rule editor calls: the rules module's {@link RuleSetLifecycle} (the same service the
 * REST resource uses) and, after every change of a live version, the announcement that makes every
 * other process's running rules follow. The editor reads through {@link #lifecycle()} after {@link
 * #catchUp}, so it shows what the store says is live even if a bus message was missed.
 */
public final class RuleEditing {
  private final RuleSetLifecycle lifecycle;
  private final Consumer<StoredVersion> announce;

  public RuleEditing(RuleSetLifecycle lifecycle, Consumer<StoredVersion> announce) {
    this.lifecycle = lifecycle;
    this.announce = announce;
  }

  public RuleSetLifecycle lifecycle() {
    return lifecycle;
  }

  /** Makes this process run the stored live version of {@code area} (another process's publish). */
  public void catchUp(RuleArea area) {
    lifecycle.follow(area);
  }

  /** Publishes the draft, or with four-eyes leaves it waiting for approval. */
  public PublishResult publish(RuleArea area, long draftId, String user)
      throws PublishRefused, PublishConflict, RuleSetNotFound {
    catchUp(area);
    PublishResult result = lifecycle.requestPublish(area, draftId, user);
    if (result instanceof PublishResult.Published p) {
      announce.accept(p.version());
    }
    return result;
  }

  /** A second business-staff user approves a waiting publish, which goes live. */
  public StoredVersion approve(RuleArea area, long draftId, String user)
      throws PublishRefused, PublishConflict, RuleSetNotFound, ApprovalRefused {
    catchUp(area);
    StoredVersion v = lifecycle.approve(area, draftId, user);
    announce.accept(v);
    return v;
  }

  /** Makes {@code version} live again. */
  public StoredVersion rollback(RuleArea area, long version, String user)
      throws PublishConflict, RuleSetNotFound {
    catchUp(area);
    StoredVersion v = lifecycle.rollback(area, version, user);
    announce.accept(v);
    return v;
  }
}
