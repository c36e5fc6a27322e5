/**
 * Moving averages of the close: TA-Lib's SMA, EMA, WMA, DEMA, TEMA, TRIMA, KAMA and T3 with
 * TA-Lib's seeding, plus the Hull and zero-lag EMAs that TA-Lib lacks (published definitions).
 */
package id.nusatrade.indicators.average;
