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
}
