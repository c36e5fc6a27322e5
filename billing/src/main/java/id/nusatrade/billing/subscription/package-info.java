/**
 * A tenant's subscription: the plan, its period and the price locked for that period; changing plan
 * (upgrade at once on payment with a proration credit note, downgrade at the period's end),
 * activation when a payment settles.
 */
package id.nusatrade.billing.subscription;
