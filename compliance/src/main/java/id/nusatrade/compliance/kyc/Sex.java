package id.nusatrade.compliance.kyc;

/** Sex as the NIK encodes it (women: day of birth + 40). */
public enum Sex {
  MALE,
  FEMALE
}
