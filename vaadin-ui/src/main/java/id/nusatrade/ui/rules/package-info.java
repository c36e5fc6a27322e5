/** The rule editor's link to the rules module: its lifecycle plus the bus announcement. */
package id.nusatrade.ui.rules;
