/**
 * The event bus inside the server: one Artemis connection factory from ARTEMIS_URL, ARTEMIS_USER
 * and ARTEMIS_PASSWORD, and the application-wide {@link id.nusatrade.domain.event.EventPublisher}
 * (transacted, persistent) that services and job workers inject. Nothing here connects at
 * deployment: the publisher connects on first use, so the application starts while the broker is
 * still coming up.
 */
package id.nusatrade.server.infrastructure.messaging;
