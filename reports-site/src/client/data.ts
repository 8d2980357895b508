/** Reads the page's JSON data island (written by the build with the script-safe encoder). */
import type { ClientData } from '../core/view-model.ts';

export type RangeId = ClientData['defaultRange'];

export function readClientData(doc: Document): ClientData {
	const el = doc.getElementById('pathwatch-data');
	const data: unknown = JSON.parse(el?.textContent ?? 'null');
	if (!data || typeof data !== 'object' || !('ranges' in data) || !Array.isArray(data.ranges)) {
		throw new Error('pathwatch: the page data island is missing or malformed');
	}
	return data as ClientData;
}

export function isRange(data: ClientData, value: string | null): value is RangeId {
	return data.ranges.some((r) => r.id === value);
}
