/** The business staff's rule editor (risk and tier limits as Drools rules). */
package id.nusatrade.ui.views.rules;
