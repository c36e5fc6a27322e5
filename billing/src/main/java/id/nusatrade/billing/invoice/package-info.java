/**
 * Invoices and credit notes in IDR: one gapless number sequence per tenant (assigned in the
 * transaction that creates the document, never reset), a PPN line at a configured rate, and a PDF
 * in Bahasa Indonesia or English with amounts written {@code Rp 1.234.567}.
 */
package id.nusatrade.billing.invoice;
