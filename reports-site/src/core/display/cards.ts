/** The card shape shared by summary tiles and performance/resource metrics. */
import type { ChangeView } from './change.ts';
import type { Status } from './health.ts';
import type { Values } from './series.ts';
import { type SPARK_HEIGHT, type SPARK_WIDTH, sparklinePath } from './sparkline.ts';

export type Spark = { path: string; width: typeof SPARK_WIDTH; height: typeof SPARK_HEIGHT; basis: string };

export type Card = {
	id: string;
	label: string;
	/** Formatted value, "—" without data. */
	value: string;
	unit: string;
	/** One short line under the value, e.g. "active in the last 30 min". */
	hint: string | null;
	change: ChangeView | null;
	/** Whether a change is expected; when true and `change` is null, the card says there is no baseline. */
	compares: boolean;
	spark: Spark | null;
	status: Status | null;
};

export function spark(values: Values | null, basis: string): Spark | null {
	const path = values ? sparklinePath(values) : null;
	return path === null ? null : { path, width: 120, height: 32, basis };
}

export function card(fields: Pick<Card, 'id' | 'label' | 'value'> & Partial<Card>): Card {
	return { unit: '', hint: null, change: null, compares: true, spark: null, status: null, ...fields };
}
