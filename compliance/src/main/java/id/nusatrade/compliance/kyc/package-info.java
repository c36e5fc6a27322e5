/**
 * Know-your-customer decisions of onboarding, free of any framework: NIK form and plausibility, the
 * age rule, sanctions/PEP screening with fuzzy name matching against a reloadable list, and the
 * risk score that decides between automatic approval and an officer's review. The workers of the
 * {@code onboarding} process call these; they decide nothing themselves.
 */
package id.nusatrade.compliance.kyc;
