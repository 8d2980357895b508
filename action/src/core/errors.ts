/** Something the user must fix (config, arguments): reported as one line, exit code 2. */
export class UserError extends Error {
	override readonly name = 'UserError';
}

/** A remote (collector or GitHub) answered with a failure; `status` is 0 when it did not answer at all. */
export class UpstreamError extends Error {
	override readonly name = 'UpstreamError';
	readonly status: number;
	readonly service: 'collector' | 'github';
	constructor(message: string, status: number, service: 'collector' | 'github') {
		super(message);
		this.status = status;
		this.service = service;
	}
}
