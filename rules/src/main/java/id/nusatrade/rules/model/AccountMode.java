package id.nusatrade.rules.model;

/** PAPER accounts trade against the simulator, LIVE accounts against a real venue. */
public enum AccountMode {
  PAPER,
  LIVE
}
