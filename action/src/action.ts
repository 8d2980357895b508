import * as core from '@actions/core';
import { runCli } from './run-cli.ts';

/** The GitHub Action entry: runs the CLI command named by the `command` input. */
export async function run(): Promise<void> {
	const command = core.getInput('command', { required: true });
	const code = await runCli([command]);
	if (code !== 0) core.setFailed(`pathwatch ${command} exited with code ${code}`);
}
