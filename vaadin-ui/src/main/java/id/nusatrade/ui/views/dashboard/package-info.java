/** The trader's dashboard (live candles, signals and positions as those modules land). */
package id.nusatrade.ui.views.dashboard;
