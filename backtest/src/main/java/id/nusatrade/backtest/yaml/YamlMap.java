package id.nusatrade.backtest.yaml;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping read through SnakeYAML's node tree, so every key and value keeps its line and
 * column: each accessor checks the type and throws a {@link YamlException} that points at the
 * offending node. Only the node tree is composed; no Java object is ever constructed from the file.
 */
public final class YamlMap {
  private final String path;
  private final Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(String path, MappingNode node) {
    this.path = path;
    this.node = node;
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        throw at(key, "keys must be plain words");
      }
      if (entries.putIfAbsent(scalar.getValue(), tuple) != null) {
        throw at(key, "duplicate key '" + qualified(scalar.getValue()) + "'");
      }
    }
  }

  /** Parses a whole document that must be a mapping. */
  public static YamlMap parse(String text) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String why = "not valid YAML: " + (e.getProblem() != null ? e.getProblem() : e.getContext());
      throw mark == null
          ? new YamlException(1, 1, why)
          : new YamlException(mark.getLine() + 1, mark.getColumn() + 1, why);
    }
    if (root == null) {
      throw new YamlException(1, 1, "the file is empty");
    }
    if (!(root instanceof MappingNode mapping)) {
      throw at(root, "expected a mapping of keys (name:, timeframe:, entry:, ...)");
    }
    return new YamlMap("", mapping);
  }

  /** Rejects keys outside {@code allowed} (a typo would otherwise be silently ignored). */
  public YamlMap onlyKeys(Set<String> allowed) {
    for (NodeTuple tuple : entries.values()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (!allowed.contains(key)) {
        throw at(
            tuple.getKeyNode(),
            "unknown key '" + qualified(key) + "' (expected one of " + allowed + ")");
      }
    }
    return this;
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  /** The mapping under {@code key}. */
  public YamlMap map(String key) {
    Node value = required(key);
    if (!(value instanceof MappingNode mapping)) {
      throw at(value, "'" + qualified(key) + "' must be a mapping of keys");
    }
    return new YamlMap(qualified(key), mapping);
  }

  /** A text value (a name, a condition); numbers and booleans are rejected where text is due. */
  public Scalar text(String key) {
    Node value = required(key);
    if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      throw at(value, "'" + qualified(key) + "' must be a text value");
    }
    return new Scalar(scalar);
  }

  /** A number, with its position for range errors. */
  public BigDecimal number(String key) {
    Node value = required(key);
    if (value instanceof ScalarNode scalar
        && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
      try {
        return new BigDecimal(scalar.getValue().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw at(value, "'" + qualified(key) + "' must be a number, got " + describe(value));
  }

  /** The node of {@code key}, for positioned errors about its value. */
  public Node node(String key) {
    return required(key);
  }

  public String qualified(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** An error about this mapping as a whole (a missing key). */
  public YamlException error(String why) {
    return at(node, why);
  }

  private Node required(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      throw at(node, "missing key '" + qualified(key) + "'");
    }
    return tuple.getValueNode();
  }

  private static String describe(Node value) {
    return value instanceof ScalarNode s ? "'" + s.getValue() + "'" : "a " + value.getNodeId();
  }

  public static YamlException at(Node node, String why) {
    Mark mark = node.getStartMark();
    return new YamlException(mark.getLine() + 1, mark.getColumn() + 1, why);
  }
}
