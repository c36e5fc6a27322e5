/** The page shown when a user opens a view their role does not allow (or has no tenant). */
package id.nusatrade.ui.views.access;
