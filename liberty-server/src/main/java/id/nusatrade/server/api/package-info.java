/**
 * REST resources under {@code /api/v1}. They translate HTTP to calls on domain ports and back;
 * errors leave as {@code application/problem+json} (RFC 9457) from {@link
 * id.nusatrade.server.api.ProblemMapper}.
 */
package id.nusatrade.server.api;
