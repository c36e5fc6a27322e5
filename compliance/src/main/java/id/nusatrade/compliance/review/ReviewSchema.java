package id.nusatrade.compliance.review;

import id.nusatrade.compliance.sql.RoleScopedScript;

/**
 * The review queue's tables (officer tasks, onboarding applications). The server's migration
 * installs {@link #SCRIPT} as one versioned step, like the audit trail's.
 */
public final class ReviewSchema {
  public static final RoleScopedScript SCRIPT =
      new RoleScopedScript(ReviewSchema.class, "review-schema.sql");

  private ReviewSchema() {}
}
