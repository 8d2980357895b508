import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// The JSON report lets .ci/run print a plain 'N passed, N failed' closing line.
		reporters: ['default', ['json', { outputFile: 'test-output/vitest.json' }]],
		projects: [
			{
				plugins: [
					cloudflareTest({
						wrangler: { configPath: './worker/wrangler.jsonc' },
						miniflare: {
							// Test-only bindings: never present in the deployed configuration.
							bindings: { INGEST_TOKEN: 'test-ingest-token', ADMIN_TOKEN: 'test-admin-token' },
						},
					}),
				],
				// Generous: workerd tests share two cores with the Node project in CI; a timeout is not a finding.
				test: { name: 'worker', include: ['test/worker/**/*.test.ts'], testTimeout: 30_000 },
			},
			{
				test: {
					name: 'node',
					include: [
						'test/action/**/*.test.ts',
						'test/reports-site/**/*.test.ts',
						'test/e2e/**/*.test.ts',
						'test/scripts/**/*.test.ts',
					],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
