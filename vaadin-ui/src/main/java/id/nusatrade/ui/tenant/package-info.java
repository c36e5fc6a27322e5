/**
 * The read side of the tenant profile page: {@link id.nusatrade.ui.tenant.TenantProfile} gathers
 * the signed-in user's tenant and its users through the domain's {@code TenantRepository} port, and
 * {@link id.nusatrade.ui.tenant.TenantProfileText} turns it into the labels shown (rupiah via
 * {@code IdrFormat}, local time via {@code IndonesianZone}). The tenant is always the one in the
 * user's token, never one chosen in the UI.
 */
package id.nusatrade.ui.tenant;
