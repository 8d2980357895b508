import { describe, expect, it } from 'vitest';
import { parseCommonEvent, RecordEventSchema } from '../../worker/src/core/record-schema.ts';

/** Keys with undefined values dropped: the schema omits absent optional keys. */
const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const VALUES: unknown[] = [
	undefined,
	null,
	'',
	'GET',
	'/a',
	'198.51.100.7',
	'NL',
	'nl',
	'N',
	'NLD',
	'N L',
	'a b',
	'x'.repeat(129),
	'x'.repeat(128),
	'2026-12-03T10:00:00Z',
	'2026-12-03',
	0,
	1.5,
	-1,
	1_764_000_000_000,
	Number.MAX_SAFE_INTEGER + 2,
	true,
	[],
	{},
	['a'],
];
const FIELDS = ['ip', 'path', 'method', 'userAgent', 'country', 'timestamp', 'id'] as const;

describe('the common-event fast path', () => {
	it('accepts only what the schema accepts, and returns what the schema returns', () => {
		const base = {
			ip: '198.51.100.7',
			path: '/api/v1/orders',
			method: 'GET',
			userAgent: 'curl/8',
			country: 'NL',
			timestamp: 1_764_000_000_000,
			id: 'evt-1',
		};
		let fast = 0;
		let checked = 0;
		// Every field of a valid event set to every value (undefined removes it), and pairs of them.
		for (const f of FIELDS) {
			for (const v of VALUES) {
				for (const g of FIELDS) {
					for (const w of [undefined, ...VALUES.slice(0, 6)]) {
						const item = { ...base, [f]: v, ...(g === f ? {} : { [g]: w }) };
						const quick = parseCommonEvent(item);
						const schema = RecordEventSchema.safeParse(item);
						checked++;
						if (quick === null) continue;
						fast++;
						expect(schema.success, JSON.stringify(item)).toBe(true);
						expect(defined(quick)).toEqual(defined(schema.data ?? {}));
					}
				}
			}
		}
		for (const item of [null, 'x', 3, [], [base], { ...base, extra: 1 }]) {
			const quick = parseCommonEvent(item);
			if (quick !== null) expect(defined(quick)).toEqual(defined(RecordEventSchema.parse(item)));
		}
		expect(checked).toBeGreaterThan(5000);
		// The fast path does take the common events (else it would prove nothing).
		expect(fast).toBeGreaterThan(500);
	});
});
