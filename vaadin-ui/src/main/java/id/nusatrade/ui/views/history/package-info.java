/**
 * Process history for compliance officers: an order's instances, the diagram with the path taken.
 */
package id.nusatrade.ui.views.history;
