/**
 * Platform e-mail (contact verification codes, onboarding notifications): a port and its SMTP
 * adapter, pointed at the embedded GreenMail by default or any SMTP server by configuration.
 */
package id.nusatrade.compliance.mail;
