package id.nusatrade.trading.engine;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.Venue;
import java.util.ArrayList;
import java.util.List;

/** A test venue that only records what the engine hands it; tests play the venue's reports. */
final class RecordingVenue implements Venue {
  final List<Order> placed = new ArrayList<>();
  final List<Order> cancelled = new ArrayList<>();

  @Override
  public void place(TenantId tenant, Order order) {
    placed.add(order);
  }

  @Override
  public void cancel(TenantId tenant, Order order) {
    cancelled.add(order);
  }
}
