/**
 * Momentum oscillators with TA-Lib's definitions and warm-up: RSI, CMO, the stochastics, MACD,
 * APO/PPO, CCI, Williams %R, the rate-of-change family, TRIX, Aroon, the Ultimate Oscillator and
 * the balance of power.
 */
package id.nusatrade.indicators.momentum;
