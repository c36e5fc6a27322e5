package id.nusatrade.billing.subscription;

/** TRIAL: a paid tier without payment until the trial ends; ACTIVE: paid (or Free). */
public enum SubscriptionStatus {
  TRIAL,
  ACTIVE
}
