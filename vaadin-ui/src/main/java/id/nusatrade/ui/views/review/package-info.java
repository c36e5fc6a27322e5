/** The compliance officer's review queue (workflow tasks awaiting a decision). */
package id.nusatrade.ui.views.review;
