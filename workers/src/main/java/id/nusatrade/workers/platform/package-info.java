/**
 * Workers of the platform smoke check process ({@code platform-smoke-check.bpmn}): the echo, and
 * the report to the requester of an event-started check.
 */
package id.nusatrade.workers.platform;
