package id.nusatrade.billing.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/** A plan's id, such as {@code pro-monthly}. */
public record PlanId(String value) {
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public PlanId {
    Objects.requireNonNull(value, "plan id");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "plan id must be 1 to 40 lower-case letters, digits or dashes, such as pro-monthly");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
