/**
 * Price transforms and window statistics: TA-Lib's AVGPRICE, MEDPRICE, TYPPRICE, WCLPRICE, MAX,
 * MIN, SUM, MIDPOINT and MIDPRICE.
 */
package id.nusatrade.indicators.price;
