package id.nusatrade.compliance.kyc;

/** A listed name close enough to the applicant's to need a human look. */
public record ScreeningHit(
    String entryId,
    ScreeningEntry.Kind kind,
    String listedName,
    double similarity,
    String source) {}
