/**
 * Onboarding applications: the public registration's form checks, the stored application with its
 * unguessable id and status, and starting its {@code onboarding} process (retried while the engine
 * is away). The process's KYC steps live in {@code compliance.kyc}.
 */
package id.nusatrade.compliance.onboarding;
