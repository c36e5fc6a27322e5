/** The tenant profile page: the signed-in user's organisation, its tier and its users. */
package id.nusatrade.ui.views.tenant;
