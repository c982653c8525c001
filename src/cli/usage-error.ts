/** An error in how the command was called: the command prints it and exits 2. */
export class UsageError extends Error {}
