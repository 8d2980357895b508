/**
 * Alert severities and their order, named once for the action (which raises alerts) and the
 * dashboard (which lists them). The Worker itself raises none; this sits in the contract only
 * because it is the one module both components may import.
 */

export const SEVERITIES = ['warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is more severe; 0 stands for "no level". */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { warning: 1, critical: 2 };

/** The rank of a level, 0 for none. */
export function severityRank(s: Severity | null | undefined): number {
	return s ? SEVERITY_RANK[s] : 0;
}
