package id.nusatrade.rules.engine;

import java.util.List;

/** The facts of one request, for one area; the limits fact is chosen by {@link #limitsKey()}. */
public interface RuleInput {
  RuleArea area();

  /** The limit table column that applies: the account's risk profile, or the tier. */
  String limitsKey();

  /**
   * Adds this request's facts to {@code facts}: the area's check fact (the request and {@code
   * limits} as one fact, what the shipped rules match) followed by each part on its own, for rules
   * written against the parts. The rule set inserts only the facts its rules can match.
   *
   * @param limits the limits fact, from {@link #limitsFact}
   */
  void addFacts(List<Object> facts, Object limits);

  /** The limits fact the rules see, from the rule set's table column for {@link #limitsKey()}. */
  default Object limitsFact(Object tableColumn) {
    return tableColumn;
  }
}
