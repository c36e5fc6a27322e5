/**
 * Honest training: labels that look ahead only as training targets, walk-forward folds with purging
 * and an embargo, hyper-parameter search and calibration on inner validation folds only, and
 * out-of-sample metrics with block-bootstrap confidence intervals next to naive baselines.
 */
package id.nusatrade.signals.training;
