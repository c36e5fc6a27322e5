package id.nusatrade.compliance.kyc;

/** Onboarding risk: LOW is approved by the rules, anything else goes to an officer. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH
}
