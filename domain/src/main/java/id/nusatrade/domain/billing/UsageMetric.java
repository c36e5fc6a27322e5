package id.nusatrade.domain.billing;

/** What is metered per tenant: each is counted per calendar month (Jakarta time). */
public enum UsageMetric {
  PREDICTIONS,
  API_CALLS,
  AUTOMATED_ORDERS
}
