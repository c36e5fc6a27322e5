/** Nusatrade vaadin-ui module. */
package id.nusatrade.vaadinui;
