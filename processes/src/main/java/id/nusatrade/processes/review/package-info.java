/**
 * Officer tasks shared by all processes: the job type of a plain BPMN user task, the SLA deadline
 * variable and the decision variables our own review queue completes them with.
 */
package id.nusatrade.processes.review;
