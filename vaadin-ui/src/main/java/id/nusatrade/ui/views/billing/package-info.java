/** The trader's plan, usage against quota, plan changes with their payment, and invoices. */
package id.nusatrade.ui.views.billing;
