package id.nusatrade.rules.model;

/** The judgement on one request; REJECT wins over NEEDS_APPROVAL, which wins over ALLOW. */
public enum Outcome {
  ALLOW,
  NEEDS_APPROVAL,
  REJECT
}
