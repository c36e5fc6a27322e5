package id.nusatrade.domain.audit;

/** Action names written by the platform, so producers and report queries agree on spelling. */
public final class AuditActions {
  /** A token's session was seen for the first time by this API instance. */
  public static final String LOGIN = "auth.login";

  /** A protected call arrived without a valid token (HTTP 401). */
  public static final String UNAUTHENTICATED = "access.unauthenticated";

  /** An authenticated caller lacked the role for the call (HTTP 403). */
  public static final String FORBIDDEN = "access.forbidden";

  /** Tenant data was read by someone other than a trader acting on their own account. */
  public static final String TENANT_READ = "tenant.read";

  private AuditActions() {}
}
