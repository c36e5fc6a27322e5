/** Wiring of the process-history read side (module workflow-history). */
package id.nusatrade.server.infrastructure.history;
