import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { HealthSchema } from '../../worker/src/contract.ts';

describe('GET /health', () => {
	it('reports liveness and the version', async () => {
		const res = await exports.default.fetch('http://collector/health');
		expect(res.status).toBe(200);
		expect(HealthSchema.parse(await res.json()).status).toBe('ok');
	});

	it('answers unknown routes with the JSON error body', async () => {
		const res = await exports.default.fetch('http://collector/nope');
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no such route' } });
	});
});
