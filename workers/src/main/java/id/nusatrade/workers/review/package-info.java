/**
 * The engine side of our review queue: user-task jobs recorded as review tasks, and an officer's
 * decision completing them. The queue's rules live in {@code compliance.review}.
 */
package id.nusatrade.workers.review;
