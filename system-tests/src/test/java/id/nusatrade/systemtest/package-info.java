/**
 * System tests: the whole platform, started once by the launcher as a user starts it, proven from
 * outside through its public surfaces only (HTTP with real Keycloak tokens, a real browser, the
 * launcher's own commands). Each class names the behaviour it proves; the shared platform comes
 * from {@link id.nusatrade.systemtest.platform.PlatformExtension} via {@link SystemTest}.
 */
package id.nusatrade.systemtest;
