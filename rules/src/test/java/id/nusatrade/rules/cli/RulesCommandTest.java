package id.nusatrade.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return RulesCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void theShippedRiskRulesValidate() throws Exception {
    Path drl = write("risk.drl", RuleSource.defaults(RuleArea.RISK).drl());
    assertThat(run("validate", drl.toString())).isZero();
    assertThat(out.toString()).contains("risk.drl: OK (15 rules)");
  }

  @Test
  void aRuleReachingTheFileSystemFailsNamingTheLine() throws Exception {
    Path drl =
        write(
            "risk-evil.drl",
            "package id.nusatrade.rules.model;\nglobal Verdict verdict;\nrule \"x\" when OrderIntent()\nthen\n  java.nio.file.Files.delete(null);\nend\n");
    assertThat(run("validate", drl.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("risk-evil.drl:5: error: 'java.nio.file.Files.delete' is outside the fact model");
  }

  @Test
  void aCompilerErrorNamesTheLine() throws Exception {
    Path drl =
        write(
            "tier.drl",
            "package id.nusatrade.rules.model;\nglobal Verdict verdict;\nrule \"x\" when\n  TierRequest(kind == RequestKind.NO_SUCH)\nthen verdict.reject(\"A\", \"b\"); end\n");
    assertThat(run("validate", drl.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("tier.drl:4: error:");
  }

  @Test
  void theShippedScenariosPassAgainstTheShippedRules() throws Exception {
    Path drl = write("tier.drl", RuleSource.defaults(RuleArea.TIER).drl());
    Path scenarios = write("tier-scenarios.yaml", RuleArea.TIER.shipped("tier-scenarios.yaml"));
    assertThat(run("test", drl.toString(), "--scenarios", scenarios.toString())).isZero();
    assertThat(out.toString()).contains("16 passed, 0 failed");
  }

  @Test
  void aChangedLimitFailsTheScenariosThatDependOnIt() throws Exception {
    Path limits =
        write(
            "tier-limits.csv",
            RuleSource.defaults(RuleArea.TIER)
                .limits()
                .replace("maxStrategies,1,", "maxStrategies,2,"));
    Path scenarios = write("tier-scenarios.yaml", RuleArea.TIER.shipped("tier-scenarios.yaml"));
    assertThat(run("test", limits.toString(), "--scenarios", scenarios.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "FAIL a second Free strategy is rejected (line 55): expected REJECT [STRATEGY_LIMIT], got ALLOW []");
    assertThat(out.toString()).contains("15 passed, 1 failed");
  }

  @Test
  void aMisspeltFactIsAnErrorNamingTheScenarioLine() throws Exception {
    Path scenarios =
        write(
            "s.yaml",
            "area: tier\nscenarios:\n  - name: typo\n    facts: {tier: FREE, request: PREDICTION, usgae: {}}\n    expect: {outcome: ALLOW}\n");
    Path drl = write("tier.drl", RuleSource.defaults(RuleArea.TIER).drl());
    assertThat(run("test", drl.toString(), "--scenarios", scenarios.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("s.yaml:3: unknown key 'usgae'");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("frobnicate", "x.drl")).isEqualTo(2);
    assertThat(run("test", "tier.drl")).isEqualTo(2);
    assertThat(run("validate", "notes.txt")).isEqualTo(2);
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: ./nusatrade rules validate");
  }
}
