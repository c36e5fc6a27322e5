/**
 * YAML read as SnakeYAML's node tree so every error names its line and column; shared by the
 * strategy and costs files.
 */
package id.nusatrade.backtest.yaml;
