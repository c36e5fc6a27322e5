package id.nusatrade.signals.registry;

/** Where a registered model stands: at most one LIVE per tenant and owner. */
public enum ModelStatus {
  CANDIDATE,
  LIVE,
  RETIRED
}
