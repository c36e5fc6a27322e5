/** Indonesian time zones (WIB, WITA, WIT) and formatting; time itself is an injected Clock. */
package id.nusatrade.domain.time;
