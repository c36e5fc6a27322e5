package id.nusatrade.billing.apikey;

/** A key just created or rotated, with its full text: the only time the secret is shown. */
public record CreatedApiKey(ApiKey key, String secret) {
  @Override
  public String toString() {
    return "CreatedApiKey[" + key + ", secret=***]";
  }
}
