/**
 * Trend indicators: Wilder's directional movement family (TA-Lib ADX, ADXR, DX, +DI, -DI, +DM,
 * -DM), TA-Lib's parabolic SAR and linear regression family, and the SuperTrend and Ichimoku
 * definitions that TA-Lib lacks.
 */
package id.nusatrade.indicators.trend;
