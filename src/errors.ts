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

/**
 * Errors are recognised by name, not `instanceof`: each command is bundled on its own, so the class
 * a command throws is not the same object as the one the top level imports.
 */
export function isUserError(error: unknown): error is UserError {
  return (error as Error)?.name === 'UserError' && typeof (error as UserError).exitCode === 'number';
}

/** Ctrl-C: ours, or inquirer's ExitPromptError when a prompt was interrupted. */
export function isCancelled(error: unknown): boolean {
  const name = (error as Error)?.name;
  return name === 'CancelledError' || name === 'ExitPromptError';
}
