/**
 * Jakarta Messaging 3.1 adapters on ActiveMQ Artemis: the publisher (persistent, one transaction
 * per batch, broker-side duplicate detection by event id), the transacted consumer with redelivery
 * and dead-lettering, and the message mapping with the JMS properties of CONVENTIONS.md ({@code
 * tenantId}, {@code type}, {@code schemaVersion}, {@code eventId}) so brokers and selectors can
 * route without parsing bodies.
 */
package id.nusatrade.messaging.jms;
