/** Money in Indonesian rupiah: integer minor units, never floating point. */
package id.nusatrade.domain.money;
