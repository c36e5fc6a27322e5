/**
 * The signals page's live feed in plain Java: the decisions the server's signal engine announces
 * ({@code signal.decided} on {@code nusatrade.signals}) kept per tenant and symbol for the page,
 * and handed to the sessions of that tenant as they arrive. Adapter: {@code jms} (Artemis
 * consumer). The models page calls the signals module's {@code ModelService} directly.
 */
package id.nusatrade.ui.signals;
