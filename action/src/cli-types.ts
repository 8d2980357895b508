/** What every CLI command receives: its arguments and the process edges, injected for tests. */
export type CommandContext = {
	/** Arguments after the command name. */
	argv: string[];
	env: Record<string, string | undefined>;
	cwd: string;
	stdout: (line: string) => void;
	stderr: (line: string) => void;
	/** Aborted on SIGINT/SIGTERM: long-running commands stop cleanly. */
	signal: AbortSignal;
};

/** A command resolves to its exit code; a thrown UserError becomes a one-line message and exit 2. */
export type Command = (ctx: CommandContext) => Promise<number>;
