package id.nusatrade.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {
  private static final Invoice UPGRADE =
      new Invoice(
          InvoiceId.random(),
          TenantId.of("22222222-2222-2222-2222-222222222222"),
          2,
          InvoiceKind.INVOICE,
          InvoiceStatus.PAID,
          new PlanId("enterprise-monthly"),
          1,
          Instant.parse("2026-06-15T17:00:00Z"), // 16 June in Jakarta
          List.of(
              new InvoiceLine("line.plan", "enterprise-monthly", Idr.of(2_999_000)),
              new InvoiceLine("line.credit", "CN-000001", Idr.of(-149_500))),
          TaxRate.PPN_DEFAULT,
          Optional.empty());

  @Test
  void theIndonesianInvoiceWritesRupiahTheIndonesianWay() throws IOException {
    String text = textOf(InvoicePdf.render(UPGRADE, "CV Contoh Borneo", InvoiceText.ID));

    assertThat(text)
        .contains("FAKTUR")
        .contains("INV-000002")
        .contains("16 Juni 2026")
        .contains("Langganan enterprise-monthly")
        .contains("Rp 2.999.000")
        .contains("Dikurangi nota kredit CN-000001")
        .contains("-Rp 149.500")
        .contains("PPN 11%")
        .contains("Rp 313.445") // 11% of 2.849.500, by hand
        .contains("Rp 3.162.945")
        .contains("Lunas");
  }

  @Test
  void theEnglishInvoiceKeepsTheSameAmounts() throws IOException {
    String text = textOf(InvoicePdf.render(UPGRADE, "CV Contoh Borneo", InvoiceText.EN));

    assertThat(text)
        .contains("INVOICE")
        .contains("16 June 2026")
        .contains("Rp 3.162.945")
        .contains("Paid");
  }

  private static String textOf(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
