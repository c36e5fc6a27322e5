/**
 * Trading calendars shipped as data: the session hours of each market and the exchange holidays
 * ({@code calendar/sessions.csv}, {@code calendar/holidays.csv}). They turn an intent's time into
 * the {@link id.nusatrade.rules.model.MarketSession} fact the risk rules judge.
 */
package id.nusatrade.rules.calendar;
