/**
 * The system-test fixture: one platform per test run, started exactly as a user starts it ({@code
 * java -jar nusatrade-launcher-app.jar run}) but on free ports and with its state under {@code
 * target/}, so it never meets a developer's running platform; awaited through {@code /health};
 * stopped at the end with SIGTERM to the supervisor, after which every process it recorded must be
 * gone. Only the PIDs this fixture started (or the launcher recorded for it) are ever signalled.
 */
package id.nusatrade.systemtest.platform;
