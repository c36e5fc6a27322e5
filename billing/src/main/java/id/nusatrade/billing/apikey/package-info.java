/**
 * API keys and API rate limits: keys stored as SHA-256 hashes and shown once, authentication of a
 * presented key to its owner's tenant, user and roles, and the per-key / per-user per-minute limit
 * of the tenant's tier (resilience4j), each admitted call metered once per request id.
 */
package id.nusatrade.billing.apikey;
