/** The signals area on the running server: live bars in, decisions of the live model out. */
package id.nusatrade.server.infrastructure.signals;
