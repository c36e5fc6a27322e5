/** The trader's plan page's access to billing: the billing module's services, nothing more. */
package id.nusatrade.ui.billing;
