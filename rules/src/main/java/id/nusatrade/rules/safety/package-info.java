/**
 * The allow-list check that editable DRL passes before it is compiled, so a rule cannot run
 * arbitrary code on the server: imports only from the fact model, only the {@code verdict} global,
 * no functions or type declarations, no reflection, processes, threads, class loaders, files,
 * network, {@code eval} or {@code new} of anything but model types; a right-hand side may only
 * write to the verdict. Every finding names its line. The policy is explained in docs/rules.md.
 */
package id.nusatrade.rules.safety;
