/** {@code ./nusatrade rules}: offline validation and scenario tests of rule sources. */
package id.nusatrade.rules.cli;
