/** Workers of the platform smoke check process ({@code platform-smoke-check.bpmn}). */
package id.nusatrade.workers.platform;
