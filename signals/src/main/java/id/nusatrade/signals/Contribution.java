package id.nusatrade.signals;

/**
 * How much one feature pushed a decision, in log-odds of "up" after calibration: positive pushes
 * towards BUY, negative towards SELL. Exact (TreeSHAP) for LightGBM and XGBoost; input × gradient
 * for the MLP; the weighted sum of the members' contributions for the ensemble.
 */
public record Contribution(String feature, double featureValue, double logOdds) {}
