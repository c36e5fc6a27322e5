/**
 * Platform self-checks that run through the real plumbing (workflow engine, job workers) without
 * touching trading data: {@link id.nusatrade.domain.platform.PlatformEcho} answers the smoke-check
 * process and {@link id.nusatrade.domain.platform.SmokeCheckReporter} tells the requester of an
 * event-started check how it ended.
 */
package id.nusatrade.domain.platform;
