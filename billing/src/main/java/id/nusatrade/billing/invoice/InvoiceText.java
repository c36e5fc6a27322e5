package id.nusatrade.billing.invoice;

import id.nusatrade.domain.money.IdrFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The words of an invoice in Bahasa Indonesia or English. Amounts are always written the Indonesian
 * way ({@code Rp 1.234.567}), dates in Jakarta time.
 */
public enum InvoiceText {
  ID(
      Locale.forLanguageTag("id-ID"),
      Map.ofEntries(
          Map.entry("INVOICE", "FAKTUR"),
          Map.entry("CREDIT_NOTE", "NOTA KREDIT"),
          Map.entry("number", "Nomor"),
          Map.entry("date", "Tanggal"),
          Map.entry("status", "Status"),
          Map.entry("tenant", "Pelanggan"),
          Map.entry("subtotal", "Subtotal"),
          Map.entry("tax", "PPN"),
          Map.entry("total", "Total"),
          Map.entry("OPEN", "Belum dibayar"),
          Map.entry("PAID", "Lunas"),
          Map.entry("VOID", "Batal"),
          Map.entry("REFUNDED", "Dikembalikan"),
          Map.entry("line.plan", "Langganan %s"),
          Map.entry("line.proration", "Kredit sisa periode %s"),
          Map.entry("line.credit", "Dikurangi nota kredit %s"),
          Map.entry("line.refund", "Pengembalian dana faktur %s"))),
  EN(
      Locale.ENGLISH,
      Map.ofEntries(
          Map.entry("INVOICE", "INVOICE"),
          Map.entry("CREDIT_NOTE", "CREDIT NOTE"),
          Map.entry("number", "Number"),
          Map.entry("date", "Date"),
          Map.entry("status", "Status"),
          Map.entry("tenant", "Customer"),
          Map.entry("subtotal", "Subtotal"),
          Map.entry("tax", "VAT (PPN)"),
          Map.entry("total", "Total"),
          Map.entry("OPEN", "Unpaid"),
          Map.entry("PAID", "Paid"),
          Map.entry("VOID", "Void"),
          Map.entry("REFUNDED", "Refunded"),
          Map.entry("line.plan", "Subscription %s"),
          Map.entry("line.proration", "Credit for the unused part of %s"),
          Map.entry("line.credit", "Less credit note %s"),
          Map.entry("line.refund", "Refund of invoice %s")));

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final Locale locale;
  private final Map<String, String> words;

  InvoiceText(Locale locale, Map<String, String> words) {
    this.locale = locale;
    this.words = words;
  }

  /** "id" (the default) or "en"; anything else is Bahasa Indonesia. */
  public static InvoiceText forLanguage(String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
  }

  public String word(String key) {
    return words.getOrDefault(key, key);
  }

  public String line(InvoiceLine line) {
    return String.format(word(line.textKey()), line.argument());
  }

  public String date(Instant instant) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(instant.atZone(JAKARTA));
  }

  public String amount(id.nusatrade.domain.money.Idr amount) {
    return IdrFormat.format(amount);
  }
}
