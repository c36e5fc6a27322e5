/**
 * MicroProfile readiness checks, one per component the server depends on: the database (and the
 * startup migration), the message broker, the workflow engine and the identity provider. Each is
 * DOWN with a reason its component's operator can act on, and bounded by a short timeout so {@code
 * /health/ready} answers even when a component hangs.
 */
package id.nusatrade.server.health;
