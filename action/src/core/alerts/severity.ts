/**
 * Alert severities and their order. Defined once in the Worker's contract so the dashboard
 * sorts alerts the same way; re-exported here so the alert code keeps one local name for them.
 */
export {
	SEVERITIES,
	SEVERITY_RANK,
	type Severity,
	severityRank,
} from '../../../../worker/src/contract/severity.ts';
