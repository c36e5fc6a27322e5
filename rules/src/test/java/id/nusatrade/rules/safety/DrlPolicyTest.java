package id.nusatrade.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.rules.engine.RuleMessage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrlPolicyTest {
  private static final String HEAD =
      "package id.nusatrade.rules.model;\nglobal Verdict verdict;\n"; // lines 1-2

  /** A rule whose body is {@code when} on line 4 and {@code then} on line 6. */
  private static String rule(String when, String then) {
    return HEAD + "rule \"r\"\nwhen\n  " + when + "\nthen\n  " + then + "\nend\n";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "System.exit in a consequence | OrderIntent() | System.exit(0); | 7 | 'System'",
        "Runtime exec | OrderIntent() | Runtime.getRuntime().exec(\"rm -rf /\"); | 7 | 'Runtime'",
        "qualified java.lang.System | OrderIntent() | java.lang.System.exit(0); | 7 | 'java.lang.System.exit'",
        "file system | OrderIntent() | java.nio.file.Files.delete(null); | 7 | 'java.nio.file.Files.delete'",
        "new File | OrderIntent() | verdict.reject(\"X\", new File(\"/etc/passwd\").toString()); | 7 | 'File'",
        "network | OrderIntent() | new Socket(\"evil\", 80); | 7 | 'Socket'",
        "reflection by name | OrderIntent() | verdict.reject(\"X\", $o.getClass().getName()); | 7 | 'getClass'",
        "Class.forName | OrderIntent() | Class.forName(\"x\"); | 7 | 'Class'",
        "thread | OrderIntent() | new Thread(null).start(); | 7 | 'Thread'",
        "eval in a condition | eval(true) | verdict.reject(\"X\", \"y\"); | 5 | 'eval'",
        "engine access | OrderIntent() | drools.halt(); | 7 | 'drools'",
        "working memory change | $o : OrderIntent() | delete($o); | 7 | 'delete'",
        "a bare function call | OrderIntent() | doSomething(); | 7 | 'doSomething(...)'",
        "an unknown receiver | OrderIntent() | helper.run(); | 7 | 'helper.'",
        "a verdict method that does not exist | OrderIntent() | verdict.clear(); | 7 | verdict.clear",
        "System in a condition | OrderIntent(symbol == System.getenv(\"X\")) | verdict.reject(\"X\", \"y\"); | 5 | 'System'",
        "a loop | OrderIntent() | while (true) { } | 7 | 'while'",
        "new of an arbitrary type | OrderIntent() | verdict.reject(\"X\", new StringBuilder().toString()); | 7 | 'new StringBuilder'",
        "unicode escape smuggling | OrderIntent() | \\u0053ystem.exit(0); | 7 | unicode escapes",
      })
  void refusesHostileRulesNamingTheLine(
      String description, String when, String then, int line, String mentions) {
    List<RuleMessage> messages = DrlPolicy.check("evil.drl", rule(when, then));
    assertThat(messages).as(description).isNotEmpty();
    assertThat(messages)
        .as(description)
        .anySatisfy(
            m -> {
              assertThat(m.line()).isEqualTo(line);
              assertThat(m.text()).contains(mentions);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "import java.io.File | import java.io.File; | 1 | import java.io.File",
        "import of a platform class | import id.nusatrade.launcher.Main; | 1 | import id.nusatrade.launcher.Main",
        "import function | import function java.lang.System.exit; | 1 | import function",
        "a second global | global java.util.List leaks; | 1 | global java.util.List leaks",
        "a function | function void f() { } | 1 | 'function'",
        "a declared type | declare Evil end | 1 | 'declare'",
      })
  void refusesTopLevelDeclarationsOutsideTheAllowList(
      String description, String statement, int line, String mentions) {
    String drl = statement + "\n" + HEAD;
    List<RuleMessage> messages = DrlPolicy.check("evil.drl", drl);
    assertThat(messages)
        .as(description)
        .anySatisfy(
            m -> {
              assertThat(m.line()).isEqualTo(line);
              assertThat(m.text()).contains(mentions);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a threshold rule | $l : RiskLimits() $o : OrderIntent(notional > $l.maxNotionalPerOrder) | verdict.reject(\"X\", \"notional \" + $o.notional().toPlainString());",
        "an approval | Account(firstLiveTrade == true) | verdict.requireApproval(\"FIRST\", \"first\");",
        "a BigDecimal literal | OrderIntent(notional > new BigDecimal(\"10\")) | verdict.halt(\"H\", String.valueOf(1));",
      })
  void acceptsOrdinaryRules(String description, String when, String then) {
    assertThat(DrlPolicy.check("ok.drl", rule(when, then))).as(description).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a comment mentioning System | // System.exit(0) is not called here",
        "a string mentioning Runtime | // nothing\n",
      })
  void wordsInCommentsAreNotCode(String description, String comment) {
    String drl =
        HEAD
            + comment
            + "\nrule \"r\" when OrderIntent() then verdict.reject(\"A\", \"Runtime is a word\"); end\n";
    assertThat(DrlPolicy.check("ok.drl", drl)).as(description).isEmpty();
  }
}
