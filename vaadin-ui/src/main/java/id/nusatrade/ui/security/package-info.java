/**
 * Who is logged in and what each role may open. {@link id.nusatrade.ui.security.CurrentUser} hides
 * how the identity arrives (Liberty's OpenID Connect client in the running app, a fixed user in
 * browserless tests); {@link id.nusatrade.ui.security.AccessPolicy} decides, from a view's {@link
 * id.nusatrade.ui.security.AllowedRoles} or {@link id.nusatrade.ui.security.EverySignedInUser},
 * whether a user may open it (neither: nobody may); {@link id.nusatrade.ui.security.RouteGuard}
 * enforces that decision on every navigation so hidden links are not the only protection.
 */
package id.nusatrade.ui.security;
