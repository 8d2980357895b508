/** Routes: which channels hear about an alert, and after how long they escalate. */
import type { Route } from '../config/notify.ts';

export type ChannelRoute = {
	/** Still firing and not acknowledged this long after it began: escalate (null: never). */
	escalateAfterMs: number | null;
};

/**
 * Every route whose `match` labels all equal the alert's (severity included) contributes its
 * channels; a channel in several routes escalates after the shortest `escalate_after`.
 */
export function routeAlert(
	routes: readonly Route[],
	labels: Readonly<Record<string, string>>,
	severity: string,
): Map<string, ChannelRoute> {
	const withSeverity: Record<string, string> = { ...labels, severity };
	const out = new Map<string, ChannelRoute>();
	for (const route of routes) {
		const matches = Object.entries(route.match).every(([k, v]) => withSeverity[k] === v);
		if (!matches) continue;
		for (const channel of route.channels) {
			const before = out.get(channel)?.escalateAfterMs ?? null;
			const mine = route.escalate_after ?? null;
			const escalateAfterMs = before === null ? mine : mine === null ? before : Math.min(before, mine);
			out.set(channel, { escalateAfterMs });
		}
	}
	return out;
}
