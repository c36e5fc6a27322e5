package id.nusatrade.rules.lifecycle;

import id.nusatrade.rules.engine.RuleMessage;
import java.util.List;

/** A draft that cannot be published: compiler or policy errors, or failing scenarios (REST 422). */
public final class PublishRefused extends Exception {
  private final List<String> problems;

  public PublishRefused(String message, List<String> problems) {
    super(message + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  static PublishRefused invalid(List<RuleMessage> errors) {
    return new PublishRefused(
        "the source does not compile", errors.stream().map(RuleMessage::toString).toList());
  }

  public List<String> problems() {
    return problems;
  }
}
