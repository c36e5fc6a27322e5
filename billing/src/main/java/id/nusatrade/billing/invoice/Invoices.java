package id.nusatrade.billing.invoice;

import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** A tenant's invoices and credit notes; another tenant's id is simply not found. */
public final class Invoices {
  private final BillingStore store;

  public Invoices(BillingStore store) {
    this.store = store;
  }

  /** Newest first. */
  public List<Invoice> of(TenantId tenant) {
    return store.inTenant(tenant, BillingTransaction::invoices);
  }

  public Optional<Invoice> find(TenantId tenant, InvoiceId id) {
    return store.inTenant(tenant, tx -> tx.invoice(id));
  }
}
