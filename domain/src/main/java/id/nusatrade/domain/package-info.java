/**
 * Nusatrade's domain: pure Java with no framework imports (no jakarta, camunda, kie, vaadin, djl,
 * jdbc). Aggregates live in sub-packages named for the business area; ports are interfaces here and
 * adapters implement them in the technology modules.
 */
package id.nusatrade.domain;
