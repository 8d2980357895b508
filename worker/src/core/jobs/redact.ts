/** Jobs redact their errors and results with the contract's helper (one redaction for every output). */
export { redactIps } from '../../contract/redact.ts';
