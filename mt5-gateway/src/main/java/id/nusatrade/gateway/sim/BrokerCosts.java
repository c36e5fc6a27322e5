package id.nusatrade.gateway.sim;

/**
 * What the simulated broker charges, reported on fills with MT5's signs (negative = charged):
 * {@code commissionPerLot} (a positive number: the charge per lot on every fill) and {@code
 * swapPerLot} (signed, per lot) on a fill that offsets an open position of the other side in the
 * symbol (the night's swap realised as the position closes; how many nights is not modelled).
 */
public record BrokerCosts(double commissionPerLot, double swapPerLot) {
  public static final BrokerCosts NONE = new BrokerCosts(0, 0);

  public BrokerCosts {
    if (!(commissionPerLot >= 0) || !Double.isFinite(commissionPerLot)) {
      throw new IllegalArgumentException(
          "commissionPerLot must be a finite number >= 0: " + commissionPerLot);
    }
    if (!Double.isFinite(swapPerLot)) {
      throw new IllegalArgumentException("swapPerLot must be finite: " + swapPerLot);
    }
  }

  /** The commission of a fill of {@code lots}, as MT5 reports it. */
  double commission(double lots) {
    return commissionPerLot == 0 ? 0 : -commissionPerLot * lots;
  }
}
