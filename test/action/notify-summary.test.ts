/**
 * The notification part of the job summary: a receiver's error body is untrusted text and must
 * not end its table row or bring links, images, HTML or mentions into the summary.
 */
import { describe, expect, it } from 'vitest';
import { renderNotifySummary } from '../../action/src/core/notify/summary.ts';

describe('notification summary', () => {
	it('neutralises a hostile receiver error body inside its table cell', () => {
		const hostile =
			'HTTP 500 oops|x\n| evil | row |\n![img](https://evil.example/p.png) <img src=x onerror=alert(1)> @team';
		const text = renderNotifySummary({
			deliveries: [
				{
					channel: 'hook',
					alertname: 'A',
					issue: 3,
					transition: 'fired',
					ok: false,
					attempts: 3,
					error: hostile,
				},
			],
			held: [{ number: 4, alertname: 'B](https://evil.example)', reason: 'claimed\nby another run' }],
			yielded: [],
		});
		const rows = text.split('\n').filter((l) => l.startsWith('| hook'));
		expect(rows).toHaveLength(1);
		// One row, five cells: no unescaped pipe or line break from the body.
		expect(rows[0]?.split(/(?<!\\)\|/).length).toBe(7);
		expect(text).not.toMatch(/!\[img\]\(/);
		expect(text).not.toContain('<img');
		expect(text).not.toMatch(/\]\(https:/);
		expect(text).not.toContain('\nby another run');
	});
});
