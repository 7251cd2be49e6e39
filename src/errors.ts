/**
 * A problem the person can fix: bad input, an unknown id, a missing answer.
 * The top level prints `message` as one line on stderr and exits 2.
 */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** Ctrl-C at a prompt. Nothing half-done is stored; the top level exits 130. */
export class CancelledError extends Error {
  constructor(message = 'Cancelled — nothing saved.') {
    super(message);
    this.name = 'CancelledError';
  }
}
