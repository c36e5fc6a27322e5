/** Names of the {@code onboarding} process (registration, KYC, account creation). */
package id.nusatrade.processes.onboarding;
