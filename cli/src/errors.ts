// Exit codes and the error that maps to exit 2 with a one-line message.

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Bad command line: printed as one line on stderr, exit 2. */
export class UsageError extends Error {}
