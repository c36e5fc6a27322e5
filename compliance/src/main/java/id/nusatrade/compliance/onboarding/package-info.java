/** Onboarding applications: the public registration's form checks. */
package id.nusatrade.compliance.onboarding;
