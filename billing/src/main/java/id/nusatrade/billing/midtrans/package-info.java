/**
 * Midtrans Core API over plain HTTP ({@code java.net.http}) speaking Midtrans' JSON: charges
 * ({@code POST /v2/charge} with {@code X-Idempotency-Key}), the status API ({@code GET
 * /v2/{order_id}/status}) and notification bodies. Not the {@code com.midtrans:java-library}: it
 * brings OkHttp and a compile-scope Lombok, logs the Authorization header in sandbox mode, and we
 * use two calls. The server key only ever goes into the Authorization header.
 */
package id.nusatrade.billing.midtrans;
