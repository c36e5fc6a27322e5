/**
 * Trader accounts in the identity provider (Keycloak): the port {@link
 * id.nusatrade.compliance.account.IdentityProvider} and its adapter over Keycloak's admin REST API
 * ({@link id.nusatrade.compliance.account.KeycloakAdmin}), authenticated as the realm's {@code
 * nusatrade-provisioning} service account (client credentials; only user management).
 */
package id.nusatrade.compliance.account;
