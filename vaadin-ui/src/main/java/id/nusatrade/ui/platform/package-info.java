/**
 * CDI wiring for the app running in Open Liberty: the clock, the tenant repository adapter backed
 * by the server's PostgreSQL data source, the live chart's sources (tick store, Artemis feed, push
 * timer), and the logout servlet. Browserless tests replace this package with their own
 * instantiator.
 */
package id.nusatrade.ui.platform;
