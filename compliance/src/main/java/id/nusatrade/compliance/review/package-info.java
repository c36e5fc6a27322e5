/** Officer reviews (KYC cases, trade approvals, compliance alerts): their audit events. */
package id.nusatrade.compliance.review;
