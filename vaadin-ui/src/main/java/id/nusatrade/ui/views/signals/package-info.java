/**
 * The trader's signals feed (live decisions per symbol with their plain-language reasons, and
 * recent history) and models page (the caller's models, the live one, promote and roll back).
 */
package id.nusatrade.ui.views.signals;
