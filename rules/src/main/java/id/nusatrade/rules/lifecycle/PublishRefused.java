package id.nusatrade.rules.lifecycle;

import id.nusatrade.rules.engine.RuleMessage;
import java.util.List;

/** A draft that cannot be published: compiler or policy errors, or failing scenarios (REST 422). */
public final class PublishRefused extends Exception {
  private final List<String> problems;
  private final transient List<RuleMessage> messages;

  public PublishRefused(String message, List<String> problems) {
    this(message, problems, List.of());
  }

  private PublishRefused(String message, List<String> problems, List<RuleMessage> messages) {
    super(message + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
    this.messages = List.copyOf(messages);
  }

  static PublishRefused invalid(List<RuleMessage> errors) {
    return new PublishRefused(
        "the source does not compile", errors.stream().map(RuleMessage::toString).toList(), errors);
  }

  /** The policy's and compiler's findings with their lines; empty when scenarios failed. */
  public List<RuleMessage> messages() {
    return messages;
  }

  public List<String> problems() {
    return problems;
  }
}
