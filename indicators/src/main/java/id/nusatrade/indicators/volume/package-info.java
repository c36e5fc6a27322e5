/**
 * Volume indicators: TA-Lib's OBV, AD (Chaikin accumulation/distribution), ADOSC and MFI, and a
 * session VWAP that resets at each UTC day.
 */
package id.nusatrade.indicators.volume;
