/**
 * The layout and pages. {@link id.nusatrade.ui.views.MainLayout} (AppLayout + SideNav) lists only
 * the pages {@link id.nusatrade.ui.views.Navigation} allows the signed-in user; each page declares
 * its roles with {@code @AllowedRoles} (or {@code @EverySignedInUser}), which the route guard
 * enforces; a page with neither is denied to everyone. Sub-packages follow {@code
 * views/<feature>/<Feature>View}.
 */
package id.nusatrade.ui.views;
