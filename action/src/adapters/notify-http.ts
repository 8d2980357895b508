/**
 * HTTP delivery to notification channels: one POST, retried with exponential backoff on
 * network errors, timeouts, 429 and 5xx (never on other 4xx: the request itself is wrong),
 * honouring a short Retry-After.
 */

export type HttpRequest = { url: string; body: string; headers: Record<string, string> };
export type DeliveryResult = { ok: boolean; status: number; attempts: number; error?: string };
export type RetryPolicy = {
	attempts: number;
	backoffMs: number;
	timeoutMs?: number;
	sleep?: (ms: number) => Promise<void>;
	fetch?: typeof fetch;
};

const MAX_RETRY_AFTER_MS = 30_000;
const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function retryable(status: number): boolean {
	return status === 429 || status >= 500;
}

function waitFor(res: Response | null, attempt: number, policy: RetryPolicy): number {
	const header = res?.headers.get('retry-after');
	const seconds = header === null || header === undefined ? Number.NaN : Number(header);
	if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
	return policy.backoffMs * 2 ** attempt;
}

/** POSTs until accepted (2xx), a non-retryable answer, or the attempts run out. */
export async function postWithRetry(req: HttpRequest, policy: RetryPolicy): Promise<DeliveryResult> {
	const doFetch = policy.fetch ?? fetch;
	const sleep = policy.sleep ?? defaultSleep;
	let last: DeliveryResult = { ok: false, status: 0, attempts: 0, error: 'not attempted' };
	for (let attempt = 0; attempt < policy.attempts; attempt++) {
		let res: Response | null = null;
		try {
			res = await doFetch(req.url, {
				method: 'POST',
				headers: req.headers,
				body: req.body,
				signal: AbortSignal.timeout(policy.timeoutMs ?? 10_000),
			});
			// Drain the body so the connection is released; the content is only used in errors.
			const text = await res.text();
			if (res.ok) return { ok: true, status: res.status, attempts: attempt + 1 };
			last = {
				ok: false,
				status: res.status,
				attempts: attempt + 1,
				error: `HTTP ${res.status} ${text.slice(0, 120)}`.trim(),
			};
			if (!retryable(res.status)) return last;
		} catch (e) {
			last = {
				ok: false,
				status: 0,
				attempts: attempt + 1,
				error: e instanceof Error ? e.message : String(e),
			};
		}
		if (attempt + 1 < policy.attempts) await sleep(waitFor(res, attempt, policy));
	}
	return last;
}
