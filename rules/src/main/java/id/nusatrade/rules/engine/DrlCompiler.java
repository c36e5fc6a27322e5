package id.nusatrade.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL text into a KieBase with the Drools compiler, returning its errors and warnings with
 * line numbers. No KieRepository or KieContainer is involved, so compiling many versions leaves
 * nothing behind but the KieBase the caller keeps.
 */
final class DrlCompiler {
  private DrlCompiler() {}

  /** A KieBase, or null with at least one ERROR message. */
  record Result(KieBase kieBase, List<RuleMessage> messages) {}

  static Result compile(String file, String drl) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    var resource = ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8));
    resource.setSourcePath("src/main/resources/" + file);
    builder.add(resource, ResourceType.DRL);
    List<RuleMessage> messages = new ArrayList<>();
    for (KnowledgeBuilderResult r :
        builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
      int[] lines = r.getLines();
      int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
      if (line == 0) {
        line = locate(drl, r.getMessage());
      }
      RuleMessage.Severity severity =
          r.getSeverity() == ResultSeverity.ERROR
              ? RuleMessage.Severity.ERROR
              : RuleMessage.Severity.WARNING;
      messages.add(new RuleMessage(severity, file, line, r.getMessage().strip()));
    }
    if (builder.hasErrors()) {
      return new Result(null, messages);
    }
    return new Result(builder.newKieBase(), messages);
  }

  private static final java.util.regex.Pattern EXPRESSION =
      java.util.regex.Pattern.compile(
          "(?:Unable to Analyse Expression|Near : \\{\\.\\.\\.) (.+?)(?::\\R| \\.\\.\\.\\.\\})");

  /**
   * Some compiler errors (an expression MVEL cannot analyse) come without a line: find the line
   * that holds the expression the message quotes. 0 when it cannot be found.
   */
  static int locate(String drl, String message) {
    java.util.regex.Matcher m = EXPRESSION.matcher(message);
    while (m.find()) {
      String expression = m.group(1).strip();
      String[] lines = drl.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!expression.isEmpty() && lines[i].contains(expression)) {
          return i + 1;
        }
      }
    }
    return 0;
  }
}
