/**
 * The Vaadin Flow web UI: the application shell (PWA, theme), served at context root {@code /} by
 * the same Open Liberty as the REST app. Sub-packages: {@code security} (who is logged in and what
 * each role may open), {@code i18n} (Bahasa Indonesia and English), {@code views} (layout and
 * pages), {@code tenant} (the tenant profile read side and its JDBC adapter).
 */
package id.nusatrade.ui;
