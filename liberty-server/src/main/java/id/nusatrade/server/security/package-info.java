/**
 * Who is calling and what they may do. Keycloak issues the JWT; Liberty's mpJwt validates it
 * (issuer, signature from the realm's JWKS) and maps {@code groups} to roles for
 * {@code @RolesAllowed}. This package turns the token into a {@link
 * id.nusatrade.server.security.Caller} (tenant from the {@code tenant_id} claim) and writes the
 * security-relevant outcomes (first sight of a session, 401, 403, cross-role reads) to the audit
 * trail.
 */
package id.nusatrade.server.security;
