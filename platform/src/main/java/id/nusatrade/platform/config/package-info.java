/**
 * Typed settings, Kill Bill's way: every key a module reads is an enum constant with its
 * environment name, its default and a description ({@link
 * id.nusatrade.platform.config.SettingKey}); where the value comes from (MicroProfile Config in the
 * server, the environment in the UI, flags and files in the launcher) is the caller's lookup.
 * {@link id.nusatrade.platform.config.PlatformSetting} holds the keys both WARs read.
 */
package id.nusatrade.platform.config;
