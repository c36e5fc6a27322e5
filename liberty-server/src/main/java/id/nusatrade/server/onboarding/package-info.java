/**
 * Onboarding and the review queue assembled for the server: stores on the application's pool, the
 * engine adapters on its Camunda client, the per-address registration limit.
 */
package id.nusatrade.server.onboarding;
