import { listDurableObjectIds } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { isolateBreakerStatus } from '../../worker/src/adapters/collector-client.ts';
import {
	type Breaker,
	CLOSED,
	DEFAULT_BREAKER,
	decide,
	recordFailure,
	recordSuccess,
} from '../../worker/src/core/breaker.ts';
import { freshIp, journalKeys, recordWithVars } from './ingest-helpers.ts';

const MIN = 60_000;

function failTimes(b: Breaker, n: number, start: number, step = 1000): Breaker {
	let s = b;
	for (let i = 0; i < n; i++) s = recordFailure(s, start + i * step, false);
	return s;
}

describe('circuit breaker state machine', () => {
	it('stays closed below 5 failures in 5 minutes, opens at the fifth', () => {
		const four = failTimes(CLOSED, 4, 0);
		expect(four.state).toBe('closed');
		expect(decide(four, 5000).allow).toBe(true);
		const open = recordFailure(four, 5000, false);
		expect(open).toMatchObject({ state: 'open', since: 5000, openedAt: 5000 });
		expect(decide(open, 6000).allow).toBe(false);
	});

	it('forgets failures older than the window', () => {
		const spread = failTimes(CLOSED, 5, 0, 2 * MIN);
		expect(spread.state).toBe('closed');
	});

	it('lets one probe through after the cool-down; success closes, failure doubles the cool-down', () => {
		const open = failTimes(CLOSED, 5, 0);
		const t = 4000 + DEFAULT_BREAKER.cooldownMs;
		const probe = decide(open, t);
		expect(probe).toMatchObject({ allow: true, probe: true });
		expect(probe.next.state).toBe('half-open');
		expect(decide(probe.next, t + 1).allow).toBe(false);
		expect(recordSuccess(probe.next, t + 10, true).state).toBe('closed');
		const reopened = recordFailure(probe.next, t + 10, true);
		expect(reopened).toMatchObject({ state: 'open', cooldownMs: 2 * DEFAULT_BREAKER.cooldownMs });
		expect(decide(reopened, t + 10 + DEFAULT_BREAKER.cooldownMs).allow).toBe(false);
		expect(decide(reopened, t + 10 + 2 * DEFAULT_BREAKER.cooldownMs).probe).toBe(true);
	});

	it('allows another probe when one never reported back', () => {
		const open = failTimes(CLOSED, 5, 0);
		const first = decide(open, 4000 + DEFAULT_BREAKER.cooldownMs);
		const later = first.next.probeSentAt ?? 0;
		expect(decide(first.next, later + DEFAULT_BREAKER.probeTimeoutMs).probe).toBe(true);
	});

	it('closes after at most one hour open, whatever the probes said', () => {
		let b = failTimes(CLOSED, 5, 0);
		for (let t = 5 * MIN; t < 59 * MIN; t += 5 * MIN) {
			const d = decide(b, t);
			b = d.allow ? recordFailure(d.next, t, d.probe) : d.next;
		}
		expect(b.state).not.toBe('closed');
		const d = decide(b, 4000 + 60 * MIN);
		expect(d).toMatchObject({ allow: true, probe: false });
		expect(d.next.state).toBe('closed');
	});
});

describe('circuit breaker in front of the collectors', () => {
	const send = (body: unknown, faults?: string) =>
		recordWithVars(body, faults ? { PATHWATCH_FAULTS: faults } : {});

	it('opens after 5 failing calls; then events go straight to the journal without a DO call', async () => {
		const failing = Array.from({ length: 5 }, () => ({ ip: freshIp(), path: '/f', method: 'GET' }));
		expect(await send({ events: failing }, 'fail=1')).toMatchObject({ accepted: 5, journaled: 5 });
		expect(isolateBreakerStatus(Date.now())).toMatchObject({ state: 'open', recentFailures: 5 });

		const ip = freshIp();
		const before = await listDurableObjectIds(env.PATH_COLLECTOR);
		const keysBefore = (await journalKeys()).length;
		expect(await send({ ip, path: '/healthy-but-bypassed', method: 'GET' })).toEqual({
			accepted: 1,
			duplicates: 0,
			journaled: 1,
		});
		expect((await listDurableObjectIds(env.PATH_COLLECTOR)).length).toBe(before.length);
		expect((await journalKeys()).length).toBe(keysBefore + 1);
	});
});
