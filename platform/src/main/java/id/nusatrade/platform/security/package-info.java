/**
 * What the platform reads out of a token, whichever API delivered it (MicroProfile JWT in the REST
 * server, the OIDC client's ID token in the UI): the tenant and the platform roles.
 */
package id.nusatrade.platform.security;
