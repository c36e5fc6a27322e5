/**
 * The platform's servers as start/stop components: embedded PostgreSQL and Artemis in this JVM,
 * Zeebe, Keycloak and Liberty as child processes stopped by PID (never by name). Each one can be
 * external instead, and then only contributes its address to Liberty's environment. The classes
 * double as a library for other modules' integration tests.
 */
package id.nusatrade.launcher.component;
