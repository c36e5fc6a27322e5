/**
 * Volatility: TA-Lib's ATR, NATR, TRANGE, BBANDS, STDDEV and VAR, plus Keltner and Donchian
 * channels from their published definitions.
 */
package id.nusatrade.indicators.volatility;
