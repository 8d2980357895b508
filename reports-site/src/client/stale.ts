/**
 * Re-checks data freshness with the visitor's clock: a page built from fresh data goes stale
 * when the scheduled build stops, and only the browser can notice that.
 */

import { MINUTE_MS } from '../../../worker/src/contract/time.ts';
import { formatDuration, formatUtc } from '../core/display/format.ts';
import type { ClientData } from '../core/view-model.ts';

export function checkStale(doc: Document, data: ClientData, now: number): boolean {
	const collected = Date.parse(data.snapshotAt);
	const ageSeconds = (now - collected) / 1000;
	if (!(ageSeconds > data.staleAfterSeconds)) return false;
	const banner = doc.getElementById('stale-banner');
	const text = banner?.querySelector('[data-stale-text]');
	if (text)
		text.textContent = `The data is ${formatDuration(ageSeconds)} old (collected ${formatUtc(collected)}).`;
	if (banner) banner.hidden = false;
	return true;
}

export function watchStale(doc: Document, data: ClientData): void {
	checkStale(doc, data, Date.now());
	setInterval(() => checkStale(doc, data, Date.now()), MINUTE_MS);
}
