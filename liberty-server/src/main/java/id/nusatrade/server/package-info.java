/**
 * The Open Liberty application that assembles the platform: the REST API under {@code /api/v1}
 * (sub-package {@code api}), security and the audit of access decisions ({@code security}),
 * PostgreSQL adapters with row-level tenant isolation ({@code persistence}), schema migrations run
 * at startup ({@code migration}) and readiness checks per external component ({@code health}).
 */
package id.nusatrade.server;
