/** The collector's version, reported by `/health`, build info and the snapshot. */
export const VERSION = '0.1.0';
