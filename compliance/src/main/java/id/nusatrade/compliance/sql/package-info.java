/** Schema scripts of the compliance module, installed by the server's versioned migrations. */
package id.nusatrade.compliance.sql;
