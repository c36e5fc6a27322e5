/**
 * Parameter optimisation done honestly: a grid search judged by walk-forward windows it never
 * trained on, and a final held-out period the search never saw.
 */
package id.nusatrade.backtest.optimize;
