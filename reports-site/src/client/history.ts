/** Loads `api/history-<range>.json` (same origin, built beside the page) once per range. */
import type { Timeseries } from '../../../worker/src/contract/index.ts';
import type { ClientData } from '../core/view-model.ts';
import type { RangeId } from './data.ts';

export function historyLoader(data: ClientData): (range: RangeId) => Promise<Timeseries> {
	const cache = new Map<RangeId, Promise<Timeseries>>();
	return (range) => {
		let pending = cache.get(range);
		if (!pending) {
			const url = data.ranges.find((r) => r.id === range)?.url ?? '';
			pending = fetch(url, { credentials: 'same-origin' }).then(async (res) => {
				if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
				const body: unknown = await res.json();
				if (!isTimeseries(body)) throw new Error(`${url}: not a time series`);
				return body;
			});
			// A failed load is retried on the next selection rather than cached.
			pending.catch(() => cache.delete(range));
			cache.set(range, pending);
		}
		return pending;
	};
}

function isTimeseries(v: unknown): v is Timeseries {
	if (!v || typeof v !== 'object') return false;
	const t = v as Partial<Timeseries>;
	return (
		typeof t.start === 'string' &&
		typeof t.stepSeconds === 'number' &&
		!!t.series &&
		Array.isArray(t.series.requests)
	);
}
