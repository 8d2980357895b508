/**
 * View options with their defaults. Thresholds have none: the site does not invent status
 * levels, whoever builds it hands them over (the action takes them from its config, so page
 * and alerts agree).
 */

import { HOUR_SECONDS } from '../../../worker/src/contract/time.ts';
import type { ViewOptions } from './types.ts';

export type ViewOptionsInput = Partial<ViewOptions> & Pick<ViewOptions, 'thresholds'>;

export function viewOptions(options: ViewOptionsInput): ViewOptions {
	return {
		siteUrl: null,
		title: 'pathwatch',
		anonymise: { mode: 'prefix' },
		staleAfterSeconds: 2 * HOUR_SECONDS,
		resolvedWithinDays: 7,
		...options,
	};
}
