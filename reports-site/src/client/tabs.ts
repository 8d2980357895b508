/**
 * The trends range selector: WAI-ARIA tabs (arrow keys, Home/End, roving tabindex) whose
 * selection is kept in the URL hash (`#range=7d`), so a link opens the same view.
 */
import type { ClientData } from '../core/view-model.ts';
import { isRange, type RangeId } from './data.ts';

export function rangeFromHash(data: ClientData, hash: string): RangeId | null {
	const value = new URLSearchParams(hash.replace(/^#/, '')).get('range');
	return isRange(data, value) ? value : null;
}

export function initRangeTabs(doc: Document, data: ClientData, onSelect: (range: RangeId) => void): void {
	const list = doc.querySelector<HTMLElement>('[data-range-tabs]');
	const panel = doc.getElementById('trend-panel');
	if (!list || !panel) return;
	const tabs = Array.from(list.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
	list.hidden = false;
	panel.setAttribute('role', 'tabpanel');

	const select = (range: RangeId, focus: boolean) => {
		for (const tab of tabs) {
			const on = tab.dataset.range === range;
			tab.setAttribute('aria-selected', String(on));
			tab.tabIndex = on ? 0 : -1;
			if (on && focus) tab.focus();
		}
		panel.setAttribute('aria-labelledby', `tab-${range}`);
		onSelect(range);
	};
	const choose = (range: RangeId, focus: boolean) => {
		history.replaceState(null, '', `#range=${range}`);
		select(range, focus);
	};

	list.addEventListener('click', (e) => {
		const tab = (e.target as Element).closest<HTMLButtonElement>('[role="tab"]');
		const range = tab?.dataset.range ?? null;
		if (isRange(data, range)) choose(range, false);
	});
	list.addEventListener('keydown', (e) => {
		const i = tabs.indexOf(e.target as HTMLButtonElement);
		if (i < 0) return;
		const next =
			e.key === 'ArrowRight'
				? (i + 1) % tabs.length
				: e.key === 'ArrowLeft'
					? (i - 1 + tabs.length) % tabs.length
					: e.key === 'Home'
						? 0
						: e.key === 'End'
							? tabs.length - 1
							: -1;
		const range = tabs[next]?.dataset.range ?? null;
		if (next < 0 || !isRange(data, range)) return;
		e.preventDefault();
		choose(range, true);
	});
	window.addEventListener('hashchange', () => {
		const range = rangeFromHash(data, location.hash);
		if (range) select(range, false);
	});
	select(rangeFromHash(data, location.hash) ?? data.defaultRange, false);
}
