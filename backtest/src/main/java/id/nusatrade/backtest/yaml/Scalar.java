package id.nusatrade.backtest.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A text value with its position, so an error at character {@code offset} of the text becomes a
 * file line and column (exact for one-line plain or quoted values, the value's start otherwise).
 */
public final class Scalar {
  private final ScalarNode node;

  Scalar(ScalarNode node) {
    this.node = node;
  }

  public String value() {
    return node.getValue();
  }

  public YamlException at(int offset, String why) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    int line = start.getLine() + 1;
    if (end.getLine() != start.getLine()) {
      return new YamlException(
          line, start.getColumn() + 1, why + " (at character " + (offset + 1) + ")");
    }
    int quote = node.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
    return new YamlException(line, start.getColumn() + 1 + quote + offset, why);
  }
}
