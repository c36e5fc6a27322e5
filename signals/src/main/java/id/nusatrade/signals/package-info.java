/** Signals: features, models, training, model registry, sentiment, agents, explanations. */
package id.nusatrade.signals;
