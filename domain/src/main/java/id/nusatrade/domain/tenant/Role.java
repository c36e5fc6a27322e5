package id.nusatrade.domain.tenant;

/** The roles the identity provider issues; the names are the role strings in tokens. */
public enum Role {
  TRADER("trader"),
  COMPLIANCE_OFFICER("compliance-officer"),
  BUSINESS_STAFF("business-staff"),
  ADMIN("admin");

  private final String claim;

  Role(String claim) {
    this.claim = claim;
  }

  /** The role as it appears in a token's roles claim. */
  public String claim() {
    return claim;
  }

  public static Role fromClaim(String claim) {
    for (Role r : values()) {
      if (r.claim.equals(claim)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role: " + claim);
  }
}
