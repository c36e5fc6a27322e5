/**
 * Platform code that exists once and is used by both WARs (liberty-server, vaadin-ui) and by the
 * modules that keep tenant data (billing, trading, tickstore, mt5-gateway): {@code jdbc} (a unit of
 * work in one transaction scoped to a tenant for row-level security), {@code tenant} (the
 * PostgreSQL {@link id.nusatrade.domain.tenant.TenantRepository}), {@code security} (reading the
 * tenant and roles out of token claims) and {@code config} (typed settings with a default and a
 * description). Plain Java: no container, no framework; each WAR adapts its own API (MicroProfile
 * JWT, the OIDC client, MicroProfile Config) to these.
 */
package id.nusatrade.platform;
