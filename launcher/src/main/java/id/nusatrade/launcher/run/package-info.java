/**
 * The {@code run}, {@code status} and {@code stop} commands: a supervisor process that starts the
 * components, records itself and its children in {@code run.pid}, and stops them in reverse order
 * on Ctrl-C or SIGTERM; a second run is refused while one is alive, and leftovers of a killed run
 * are found and stopped by PID (after checking the PID still is ours).
 */
package id.nusatrade.launcher.run;
