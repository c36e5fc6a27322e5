/**
 * Launcher configuration: one enum lists every key with its default and meaning; an immutable
 * config object resolves them from CLI flags, environment and {@code .nusatrade/config.properties}.
 * Pointing a component at an external server is a matter of setting its {@code *_EXTERNAL_*} key.
 */
package id.nusatrade.launcher.config;
