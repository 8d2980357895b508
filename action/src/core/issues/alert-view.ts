/** A read-only view of alert issues, for the dashboard and the job summary. */
import type { Severity } from '../../../../worker/src/contract/severity.ts';
import type { ParsedIssue } from './state.ts';

export type AlertIssueView = {
	fingerprint: string;
	number: number;
	alertname: string;
	/** Plain-text title (mentions and references already broken); HTML-escape when rendering. */
	title: string;
	severity: Severity | null;
	/** The issue: open or closed. */
	state: 'open' | 'closed';
	/** The alert: firing, or resolved (a flapping alert may be resolved on an open issue). */
	status: 'firing' | 'resolved';
	flapping: boolean;
	url: string;
	/** When the current (or last) episode began firing, ISO 8601. */
	openedAt: string;
	resolvedAt: string | null;
	labels: string[];
	/** The alert labels (alertname, budget, slo …). */
	alertLabels: Record<string, string>;
};

export function toAlertIssueView(issue: ParsedIssue): AlertIssueView {
	const st = issue.alert;
	return {
		fingerprint: issue.fingerprint,
		number: issue.number,
		alertname: st?.alertname ?? issue.fingerprint,
		title: issue.title,
		severity: st?.severity ?? null,
		state: issue.state,
		status: st ? st.status : issue.state === 'open' ? 'firing' : 'resolved',
		flapping: st?.flapping ?? false,
		url: issue.url,
		openedAt: st?.since ?? issue.createdAt,
		resolvedAt: st?.resolvedAt ?? issue.closedAt,
		labels: issue.labels,
		alertLabels: st?.labels ?? {},
	};
}
