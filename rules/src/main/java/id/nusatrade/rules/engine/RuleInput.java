package id.nusatrade.rules.engine;

import java.util.List;

/** The facts of one request, for one area; the limits fact is chosen by {@link #limitsKey()}. */
public interface RuleInput {
  RuleArea area();

  /** The limit table column that applies: the account's risk profile, or the tier. */
  String limitsKey();

  /** Adds this request's facts (not the limits) to {@code facts}. */
  void addFacts(List<Object> facts);

  /** The limits fact the rules see, from the rule set's table column for {@link #limitsKey()}. */
  default Object limitsFact(Object tableColumn) {
    return tableColumn;
  }
}
