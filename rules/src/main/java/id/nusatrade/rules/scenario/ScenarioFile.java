package id.nusatrade.rules.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleInput;
import id.nusatrade.rules.model.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a scenario file (YAML): {@code area}, then {@code scenarios}, a list of {@code name},
 * {@code facts} and {@code expect: {outcome, reasons}}. Every problem names the file and line.
 */
public final class ScenarioFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final RuleArea area;
  private final List<Scenario> scenarios;

  private ScenarioFile(RuleArea area, List<Scenario> scenarios) {
    this.area = area;
    this.scenarios = List.copyOf(scenarios);
  }

  public RuleArea area() {
    return area;
  }

  public List<Scenario> scenarios() {
    return scenarios;
  }

  /** A scenario file that cannot be read: the message names the file and line. */
  public static final class InvalidScenarioFile extends Exception {
    public InvalidScenarioFile(String message) {
      super(message);
    }
  }

  public static ScenarioFile parse(String file, String text, TradingCalendar calendar)
      throws InvalidScenarioFile {
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      expect(p, p.nextToken() == JsonToken.START_OBJECT, file, "a mapping with area and scenarios");
      RuleArea area = null;
      List<Scenario> scenarios = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int line = p.currentLocation().getLineNr();
        p.nextToken();
        switch (field) {
          case "area" -> area = area(file, line, p.getValueAsString());
          case "scenarios" -> {
            expect(p, area != null, file, "'area' before 'scenarios'");
            expect(p, p.currentToken() == JsonToken.START_ARRAY, file, "a list under 'scenarios'");
            while (p.nextToken() == JsonToken.START_OBJECT) {
              int at = p.currentLocation().getLineNr();
              JsonNode node = YAML.readTree(p);
              scenarios.add(scenario(file, at, area, node, calendar));
            }
          }
          default ->
              throw new InvalidScenarioFile(
                  file + ":" + line + ": unknown key '" + field + "' (expected area, scenarios)");
        }
      }
      if (area == null) {
        throw new InvalidScenarioFile(file + ": missing 'area' (risk or tier)");
      }
      return new ScenarioFile(area, scenarios);
    } catch (JsonProcessingException e) {
      throw new InvalidScenarioFile(
          file + ":" + e.getLocation().getLineNr() + ": not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidScenarioFile(file + ": " + e.getMessage());
    }
  }

  private static Scenario scenario(
      String file, int line, RuleArea area, JsonNode node, TradingCalendar calendar)
      throws InvalidScenarioFile {
    FactReader facts = new FactReader(file, line);
    String name = node.path("name").asText("");
    if (name.isBlank()) {
      throw new InvalidScenarioFile(file + ":" + line + ": a scenario needs a name");
    }
    facts.only(node, "name", "facts", "expect");
    JsonNode expect = node.path("expect");
    facts.only(expect, "outcome", "reasons");
    Outcome outcome = facts.enumValue(Outcome.class, expect.path("outcome"), "expect.outcome");
    if (outcome == null) {
      throw new InvalidScenarioFile(
          file + ":" + line + ": scenario '" + name + "' needs expect.outcome");
    }
    List<String> reasons = new ArrayList<>();
    expect.path("reasons").forEach(r -> reasons.add(r.asText()));
    RuleInput input =
        area == RuleArea.RISK
            ? facts.risk(node.path("facts"), calendar)
            : facts.tier(node.path("facts"));
    return new Scenario(name, line, input, outcome, reasons);
  }

  private static RuleArea area(String file, int line, String value) throws InvalidScenarioFile {
    try {
      return RuleArea.of(value == null ? "" : value.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidScenarioFile(file + ":" + line + ": " + e.getMessage());
    }
  }

  private static void expect(JsonParser p, boolean ok, String file, String what)
      throws InvalidScenarioFile {
    if (!ok) {
      throw new InvalidScenarioFile(
          file + ":" + p.currentLocation().getLineNr() + ": expected " + what);
    }
  }
}
