/** Bad input from the user: the CLI prints the one-line message and exits 2, writing nothing. */
export class UsageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
