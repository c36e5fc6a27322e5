/**
 * The trader's live chart ({@code /chart}): symbol, timeframe and overlay pickers, the candle chart
 * web component, and the glue that opens a {@code market.LiveCharts} stream for the viewer's tenant
 * and applies its throttled batches inside {@code UI.access} (server push).
 */
package id.nusatrade.ui.views.chart;
