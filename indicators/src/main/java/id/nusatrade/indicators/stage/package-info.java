/**
 * Streaming building blocks shared by the indicators: ring buffers of primitive doubles, TA-Lib's
 * SMA/EMA/WMA recurrences, Wilder smoothing, monotonic windows for highest/lowest and the
 * directional-movement state. Every stage preallocates at construction and never allocates per
 * value, and each mirrors TA-Lib's arithmetic order so results match TA-Lib's to rounding.
 */
package id.nusatrade.indicators.stage;
