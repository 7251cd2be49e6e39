import type { Context } from '../context.js';
import { UserError } from '../errors.js';

/**
 * The one place that talks to @inquirer/prompts. Loaded lazily (the library costs ~100 ms of
 * start-up), and only after `assertCanPrompt`: inquirer has no TTY check of its own and would print
 * a prompt and then fail on /dev/null, or hang on an open pipe.
 */
export interface Prompter {
  /** Free text; empty means skipped (null). `onChange` sees every keystroke, so a Ctrl-C keeps the text. */
  text(message: string, opts?: { default?: string | null; onChange?: (value: string) => void; required?: boolean }): Promise<string | null>;
  /** A whole number in [min, max]; empty means skipped (null). */
  scale(message: string, min: number, max: number, opts?: { default?: number | null; hint?: string }): Promise<number | null>;
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
  choose<T>(message: string, choices: ReadonlyArray<{ name: string; value: T; description?: string }>, defaultValue?: T): Promise<T>;
}

export type PromptContext = Pick<Context, 'stdin' | 'promptOutput' | 'isTerminal'>;

/**
 * Throws the one-line usage error a non-interactive run gets instead of a prompt, e.g.
 * "A trust score is needed, but trust cannot ask when input is not a terminal: give --trust 1-10."
 */
export function assertCanPrompt(ctx: Pick<Context, 'isTerminal'>, noInput: boolean, what: string, fix: string): void {
  if (noInput || !ctx.isTerminal) {
    const why = noInput ? 'with --no-input' : 'when input is not a terminal';
    throw new UserError(`${what} is needed, but trust cannot ask ${why}: ${fix}`);
  }
}

/** True when this run may show prompts. */
export function canPrompt(ctx: Pick<Context, 'isTerminal'>, noInput: boolean): boolean {
  return ctx.isTerminal && !noInput;
}

export async function loadPrompter(ctx: PromptContext): Promise<Prompter> {
  const { input, confirm, select } = await import('@inquirer/prompts');
  const io = { input: ctx.stdin, output: ctx.promptOutput, clearPromptOnDone: false };
  return {
    async text(message, opts = {}) {
      const answer = await input(
        {
          message,
          default: opts.default ?? undefined,
          // A resumed or earlier answer is put on the line to edit, not replaced by the first keystroke.
          prefill: 'editable',
          required: opts.required ?? false,
          transformer: (value, { isFinal }) => {
            if (!isFinal) opts.onChange?.(value);
            return value;
          },
        },
        io,
      );
      const trimmed = answer.trim();
      return trimmed === '' ? null : answer;
    },
    async scale(message, min, max, opts = {}) {
      const answer = await input(
        {
          message: opts.hint ? `${message} (${opts.hint}; Enter to skip)` : `${message} (Enter to skip)`,
          default: opts.default == null ? undefined : String(opts.default),
          validate: (value) => {
            const text = value.trim();
            if (text === '') return true;
            const n = Number(text);
            return Number.isInteger(n) && n >= min && n <= max ? true : `A whole number from ${min} to ${max}, or Enter to skip.`;
          },
        },
        io,
      );
      return answer.trim() === '' ? null : Number(answer.trim());
    },
    confirm: (message, defaultValue = true) => confirm({ message, default: defaultValue }, io),
    choose: (message, choices, defaultValue) =>
      select({ message, choices: choices.map((c) => ({ ...c })), default: defaultValue, loop: false }, io),
  };
}
