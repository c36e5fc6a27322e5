package id.nusatrade.domain.trading;

/**
 * A venue's identity of one execution (a fill, a reject, a cancel). A report whose id was already
 * applied is a duplicate and changes nothing.
 */
public record ExecutionId(String value) {
  public ExecutionId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("execution id must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
