/**
 * Bahasa Indonesia (default) and English. Labels live in the {@code translations_id} and {@code
 * translations_en} properties bundles, served by {@link
 * id.nusatrade.ui.i18n.BundleTranslationProvider}; the chosen language is remembered in the Vaadin
 * session by {@link id.nusatrade.ui.i18n.LanguageSelection}.
 */
package id.nusatrade.ui.i18n;
