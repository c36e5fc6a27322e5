/** Nusatrade bench module. */
package id.nusatrade.bench;
