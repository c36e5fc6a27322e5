package id.nusatrade.domain.trading;

/** Where an account's orders go: the paper venue (the default for every new account) or MT5. */
public enum AccountMode {
  PAPER,
  LIVE
}
