/**
 * Cloudflare list prices (Workers Paid plan), dated and sourced. Config can override any
 * figure (`cost.prices` in .github/pathwatch.yml) when prices change or an account has a
 * contract; the report always says which table it used.
 */

/** Metered quantities the collector measures itself (see UsageDaySchema). */
export const METERED_COMPONENTS = [
	'workers_requests',
	'do_requests',
	'do_duration',
	'sqlite_rows_read',
	'sqlite_rows_written',
	'sqlite_storage',
	'kv_reads',
	'kv_writes',
	'r2_class_a',
	'r2_class_b',
] as const;
export type MeteredComponent = (typeof METERED_COMPONENTS)[number];

export type PriceItem = {
	label: string;
	/** What one unit is, e.g. `request`, `GB-s`, `GB-month`. */
	unit: string;
	/** Units per priced block: the price is per `per` units (1e6 for "per million"). */
	per: number;
	/** USD per block beyond the included quantity. */
	price: number;
	/** Units included each month at no charge (account-wide). */
	included: number;
	source: string;
};

export type PriceTable = {
	/** The date these figures were checked against the sources. */
	asOf: string;
	currency: 'USD';
	plan: string;
	/** Monthly plan fee; account-level, so not attributed to pathwatch unless config says so. */
	subscription: number;
	items: Record<MeteredComponent, PriceItem>;
};

const DO = 'https://developers.cloudflare.com/durable-objects/platform/pricing/';
const WORKERS = 'https://developers.cloudflare.com/workers/platform/pricing/';
const KV = 'https://developers.cloudflare.com/kv/platform/pricing/';
const R2 = 'https://developers.cloudflare.com/r2/pricing/';

/** Workers Paid list prices, checked 2026-11-22 against the pages linked per item. */
export const DEFAULT_PRICES: PriceTable = {
	asOf: '2026-11-22',
	currency: 'USD',
	plan: 'Workers Paid',
	subscription: 5,
	items: {
		workers_requests: {
			label: 'Workers requests',
			unit: 'request',
			per: 1e6,
			price: 0.3,
			included: 10e6,
			source: WORKERS,
		},
		do_requests: { label: 'DO requests', unit: 'request', per: 1e6, price: 0.15, included: 1e6, source: DO },
		do_duration: {
			label: 'DO duration (128 MB)',
			unit: 'GB-s',
			per: 1e6,
			price: 12.5,
			included: 400_000,
			source: DO,
		},
		sqlite_rows_read: {
			label: 'SQLite rows read',
			unit: 'row',
			per: 1e6,
			price: 0.001,
			included: 25e9,
			source: DO,
		},
		sqlite_rows_written: {
			label: 'SQLite rows written',
			unit: 'row',
			per: 1e6,
			price: 1,
			included: 50e6,
			source: DO,
		},
		sqlite_storage: {
			label: 'SQLite storage',
			unit: 'GB-month',
			per: 1,
			price: 0.2,
			included: 5,
			source: DO,
		},
		kv_reads: { label: 'KV reads', unit: 'read', per: 1e6, price: 0.5, included: 10e6, source: KV },
		kv_writes: { label: 'KV writes', unit: 'write', per: 1e6, price: 5, included: 1e6, source: KV },
		r2_class_a: { label: 'R2 Class A', unit: 'operation', per: 1e6, price: 4.5, included: 1e6, source: R2 },
		r2_class_b: { label: 'R2 Class B', unit: 'operation', per: 1e6, price: 0.36, included: 10e6, source: R2 },
	},
};

/** What the collector cannot measure, listed in every report so no one mistakes it for $0. */
export const NOT_MEASURED = [
	'Workers CPU time',
	'KV storage',
	'R2 storage',
	'data transfer (free on Cloudflare)',
];

export type PriceOverride = {
	asOf?: string | undefined;
	plan?: string | undefined;
	subscription?: number | undefined;
	items?: Partial<Record<MeteredComponent, Partial<Omit<PriceItem, 'label' | 'unit'>>>> | undefined;
};

/** Applies a config override on top of a table; untouched items keep their list price. */
export function mergePrices(base: PriceTable, override: PriceOverride | undefined): PriceTable {
	if (!override) return base;
	const items = { ...base.items };
	for (const key of METERED_COMPONENTS) {
		const patch = override.items?.[key];
		if (patch) items[key] = { ...items[key], ...stripUndefined(patch) };
	}
	return {
		...base,
		...stripUndefined({ asOf: override.asOf, plan: override.plan, subscription: override.subscription }),
		items,
	};
}

function stripUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Net cost of a monthly quantity: only what exceeds the included amount is billed. */
export function priceQuantity(item: PriceItem, quantity: number): number {
	return (Math.max(0, quantity - item.included) / item.per) * item.price;
}

/** List-price cost ignoring the included amount: comparable day to day, used for trends. */
export function grossPrice(item: PriceItem, quantity: number): number {
	return (quantity / item.per) * item.price;
}
