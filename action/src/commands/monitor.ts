import type { Command } from '../cli-types.ts';
import { UserError } from '../core/errors.ts';

const command: Command = async () => {
	throw new UserError('monitor: not built yet');
};
export default command;
