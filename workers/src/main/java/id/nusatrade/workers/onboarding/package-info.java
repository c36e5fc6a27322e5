/** Workers of the {@code onboarding} process: each calls one KYC service of {@code compliance}. */
package id.nusatrade.workers.onboarding;
