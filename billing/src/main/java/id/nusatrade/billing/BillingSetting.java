package id.nusatrade.billing;

import id.nusatrade.platform.config.SettingKey;
import id.nusatrade.platform.config.SettingSpec;

/**
 * Every setting billing reads, with its default and what it means (Kill Bill's typed configuration,
 * the platform's {@link SettingKey}; {@code from(lookup)} reads one). The server looks each one up
 * by its environment name through MicroProfile Config; the launcher passes the same names to the
 * server and the simulator.
 */
public enum BillingSetting implements SettingKey {
  MIDTRANS_SERVER_KEY(
      "NUSATRADE_MIDTRANS_SERVER_KEY",
      "SB-Mid-server-nusatrade-demo-key",
      "Midtrans server key (signs notifications, authenticates API calls); the demo default is"
          + " only known to the local simulator"),
  MIDTRANS_BASE_URL(
      "NUSATRADE_MIDTRANS_BASE_URL",
      "http://127.0.0.1:9095",
      "Core API base URL: the local simulator (default), https://api.sandbox.midtrans.com or"
          + " https://api.midtrans.com"),
  MIDTRANS_TIMEOUT_SECONDS("NUSATRADE_MIDTRANS_TIMEOUT_SECONDS", "10", "per Core API call"),
  PPN_PERCENT("NUSATRADE_BILLING_PPN_PERCENT", "11", "PPN (VAT) rate on invoices, in percent"),
  PAYMENT_EXPIRY(
      "NUSATRADE_BILLING_PAYMENT_EXPIRY",
      "PT24H",
      "how long a renewal charge may stay unpaid before it expires (ISO-8601 duration; Midtrans'"
          + " default VA validity is 24 hours)"),
  REMINDER_INTERVAL(
      "NUSATRADE_BILLING_REMINDER_INTERVAL",
      "P3D",
      "time between payment reminders once a renewal is overdue (ISO-8601 duration)"),
  MAX_REMINDERS(
      "NUSATRADE_BILLING_MAX_REMINDERS",
      "2",
      "reminders sent before the paid features are restricted"),
  DOWNGRADE_AFTER(
      "NUSATRADE_BILLING_DOWNGRADE_AFTER",
      "P7D",
      "how long features stay restricted before the subscription falls back to Free (ISO-8601"
          + " duration)");

  private final SettingSpec spec;

  BillingSetting(String envName, String defaultValue, String description) {
    this.spec = new SettingSpec(envName, defaultValue, description);
  }

  @Override
  public SettingSpec spec() {
    return spec;
  }
}
