package id.nusatrade.compliance.onboarding;

import java.time.Instant;

/**
 * An application's contact-verification code as stored: only its hash, when it expires, whether it
 * was sent, how many wrong codes were tried, and when the contact was verified.
 */
public record VerificationCode(
    String hash, Instant expiresAt, Instant sentAt, int failedAttempts, Instant verifiedAt) {}
