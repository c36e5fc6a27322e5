package id.nusatrade.billing.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Renders an invoice or credit note as a one-page A4 PDF (PDFBox, standard fonts). */
public final class InvoicePdf {
  private static final float LEFT = 56;
  private static final float RIGHT = PDRectangle.A4.getWidth() - 56;

  private InvoicePdf() {}

  public static byte[] render(Invoice invoice, String tenantName, InvoiceText text) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        Writer w = new Writer(content, regular, bold, PDRectangle.A4.getHeight() - 64);
        w.left(bold, 18, "Nusatrade — " + text.word(invoice.kind().name()));
        w.gap(10);
        w.pair(text.word("number"), invoice.printedNumber());
        w.pair(text.word("date"), text.date(invoice.issuedAt()));
        w.pair(text.word("tenant"), tenantName);
        w.pair(text.word("status"), text.word(invoice.status().name()));
        w.gap(16);
        for (InvoiceLine line : invoice.lines()) {
          w.amountLine(regular, text.line(line), text.amount(line.amount()));
        }
        w.gap(8);
        w.amountLine(regular, text.word("subtotal"), text.amount(invoice.subtotal()));
        w.amountLine(
            regular,
            text.word("tax") + " " + invoice.taxRate().printed() + "%",
            text.amount(invoice.tax()));
        w.amountLine(bold, text.word("total"), text.amount(invoice.total()));
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + invoice.printedNumber(), e);
    }
  }

  /** Writes lines downwards from the top of the page. */
  private static final class Writer {
    private final PDPageContentStream content;
    private final PDType1Font regular;
    private final PDType1Font bold;
    private float y;

    Writer(PDPageContentStream content, PDType1Font regular, PDType1Font bold, float top) {
      this.content = content;
      this.regular = regular;
      this.bold = bold;
      this.y = top;
    }

    void gap(float points) {
      y -= points;
    }

    void left(PDType1Font font, float size, String text) throws IOException {
      at(font, size, LEFT, text);
      y -= size + 6;
    }

    void pair(String label, String value) throws IOException {
      at(bold, 10, LEFT, label);
      at(regular, 10, LEFT + 110, value);
      y -= 16;
    }

    void amountLine(PDType1Font font, String label, String amount) throws IOException {
      at(font, 11, LEFT, label);
      float width = font.getStringWidth(amount) / 1000 * 11;
      at(font, 11, RIGHT - width, amount);
      y -= 18;
    }

    private void at(PDType1Font font, float size, float x, String text) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y);
      content.showText(text);
      content.endText();
    }
  }
}
