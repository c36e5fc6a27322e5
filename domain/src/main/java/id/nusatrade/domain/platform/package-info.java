/**
 * Platform self-checks that run through the real plumbing (workflow engine, job workers) without
 * touching trading data: {@link id.nusatrade.domain.platform.PlatformEcho} answers the smoke-check
 * process.
 */
package id.nusatrade.domain.platform;
