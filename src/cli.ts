import { Chalk } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Context, Out } from './context.js';
import { isCancelled, isUserError } from './errors.js';
import { loadModule } from './load-module.js';
import { journalPath } from './store/location.js';
import type { Db } from './store/open.js';
import { colorLevel } from './ui/color.js';

declare const TRUST_VERSION: string;
const VERSION = typeof TRUST_VERSION === 'string' ? TRUST_VERSION : '0.0.0-dev';

type StoreModule = typeof import('./store/entry.js');

/** The world the program runs in; `process` in the binary, buffers and a fixed clock in tests. */
export interface Io {
  argv: string[];
  stdout: Out & { isTTY?: boolean };
  stderr: Out;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  promptOutput?: NodeJS.WritableStream;
  /** Whether stdin and stdout are terminals; by default read from the streams. */
  isTerminal?: boolean;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
}

const NOT_THERAPY = 'trust is a private journal, not therapy. If things feel too hard to carry alone, a couples counsellor can help.';

/** Runs the program and returns the exit code. Only the binary turns it into process.exit. */
export async function main(io: Io): Promise<number> {
  let opened: Db | undefined;
  const level = colorLevel({ argv: io.argv, env: io.env, isTTY: Boolean(io.stdout.isTTY) });
  const ctx: Context = {
    stdout: io.stdout,
    stderr: io.stderr,
    // Read only when a command needs it: creating process.stdin loads readline and net (~3 ms).
    get stdin() {
      return io.stdin;
    },
    promptOutput: io.promptOutput ?? (io.stdout as unknown as NodeJS.WritableStream),
    env: io.env,
    now: io.now ?? (() => new Date()),
    color: new Chalk({ level }),
    isTerminal: io.isTerminal ?? Boolean(io.stdin.isTTY && io.stdout.isTTY),
    dbPath: '',
    db: () => {
      if (!store) throw new Error('store not loaded');
      opened ??= store.openJournal(ctx.dbPath);
      return opened;
    },
    settings: () => {
      if (!store) throw new Error('store not loaded');
      return store.settingsStore(ctx.db()).read();
    },
  };
  let store: StoreModule | undefined;
  const program = buildProgram(
    async (run, command) => {
      ctx.dbPath = journalPath({ db: command.optsWithGlobals<{ db?: string }>().db, env: io.env });
      // Checking an apology needs no journal, so it does not pay for loading SQLite.
      if (command.name() !== 'check') store = (await loadModule('store/entry')) as StoreModule;
      await run(ctx);
    },
    io,
    io.argv,
  );

  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeFor(error, ctx);
  } finally {
    opened?.close();
  }
}

function exitCodeFor(error: unknown, ctx: Context): number {
  if (error instanceof CommanderError) {
    // commander exits 1 for usage errors; here they are 2, and help/version are 0.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (isUserError(error)) {
    ctx.stderr.write(`${ctx.color.red('trust:')} ${error.message}\n`);
    return error.exitCode;
  }
  if (isCancelled(error)) {
    ctx.stderr.write(`\n${(error as Error).name === 'CancelledError' ? (error as Error).message : 'Cancelled — nothing saved.'}\n`);
    return 130;
  }
  const code = (error as { code?: string })?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_FULL' || code === 'SQLITE_READONLY') {
    const why =
      code === 'SQLITE_BUSY'
        ? 'the journal is busy: another trust kept it locked for more than 5 seconds'
        : code === 'SQLITE_FULL'
          ? 'the disk is full'
          : 'the journal is read-only';
    ctx.stderr.write(`trust: Nothing was saved: ${why}. Try again${code === 'SQLITE_BUSY' ? ' in a moment' : ' once that is fixed'}.\n`);
    return 1;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  ctx.stderr.write(`trust: something went wrong inside trust (this is a bug, not your doing):\n${message}\n`);
  return 1;
}

type Run = (ctx: Context) => Promise<void>;
type Runner = (run: Run, command: Command) => Promise<void>;

function int(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

function example(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/** Declares every command; each loads its module only when it runs. */
export function buildProgram(runner: Runner, io?: Pick<Io, 'stdout' | 'stderr'>, argv?: readonly string[]): Command {
  // Only the command that runs is declared in full; the others get a name and description, enough
  // for suggestions. When the command is not clear from argv, everything is declared.
  const wanted = argv ? commandIn(argv) : undefined;
  const wants = (name: string) => wanted === undefined || wanted === name;
  const program = new Command('trust');
  // Settings copied into subcommands when they are created, so they come first.
  program
    .exitOverride()
    .configureOutput({
      // A fixed width, so help reads the same on every terminal (and matches the saved dist/help.txt).
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      ...(io ? { writeOut: (text: string) => void io.stdout.write(text), writeErr: (text: string) => void io.stderr.write(text) } : {}),
      outputError: (text, write) => {
        // One line: "error: unknown command 'chekin'\n(Did you mean checkin?)" becomes a sentence.
        const line = text
          .trim()
          .replace(/^error: /, '')
          .replace(/\n\(Did you mean (.*)\?\)/, '. Did you mean $1?');
        write(`trust: ${line.replace(/\n/g, ' ')} See trust --help.\n`);
      },
    })
    .showSuggestionAfterError(true)
    // Positional, so `trust checkin list --json` is list's --json, not checkin's. The global options
    // are then also declared (hidden) on every command, so they work after the command name too.
    .enablePositionalOptions()
    .description(`A private journal for rebuilding trust in a relationship.\n\n${NOT_THERAPY}`)
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--db <path>', 'the journal file (default: TRUST_DB, or your data folder)')
    .option('--no-color', 'no colour (also NO_COLOR)')
    .addHelpText(
      'after',
      example(
        'trust init',
        'trust checkin',
        'trust checkin --trust 7 --mood 4 --talked --win "We cooked together"',
        'trust promise add "Home by 8 on Thursday" --due "thu 20:00"',
        'trust promise done 3',
        'trust apology check "I\'m sorry I lied about the money."',
        'trust report --week',
      ),
    );

  const cmd =
    (name: string) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const positional = args.slice(0, -2);
      await runner(async (ctx) => {
        const { default: fn } = (await loadModule(`commands/${name}`)) as { default: (ctx: Context, ...a: unknown[]) => Promise<void> };
        await fn(ctx, ...positional, command.opts());
      }, command);
    };

  if (wants('init')) {
    program
      .command('init')
      .description('first-run setup: your role, partner, when the day ends, week start')
      .addOption(new Option('--role <role>', 'whose side of the repair you are on').choices(['repairing', 'healing', 'both']))
      .option('--partner <name>', "your partner's name (optional)")
      .option('--day-ends-at <hour>', 'the hour (0-6) your journal day ends; 4 means 04:00')
      .addOption(new Option('--week-starts-on <day>', 'first day of the week').choices(['mon', 'sun']))
      .option('--no-input', 'never prompt; use the flags and defaults')
      .option('--json', 'print the settings as JSON')
      .addHelpText('after', example('trust init', 'trust init --role repairing --partner Sam --no-input'))
      .action(cmd('init'));
  } else program.command('init').description('first-run setup: your role, partner, when the day ends, week start');

  if (wants('config')) {
    const config = program.command('config').description('read or change a setting: role, partner, dayEndsAt, weekStartsOn');
    config
      .command('get')
      .description('print one setting, or all of them')
      .argument('[key]', 'role, partner, dayEndsAt or weekStartsOn')
      .option('--json', 'print as JSON')
      .addHelpText('after', example('trust config get', 'trust config get dayEndsAt'))
      .action(cmd('config-get'));
    config
      .command('set')
      .description('change a setting')
      .argument('<key>', 'role, partner, dayEndsAt or weekStartsOn')
      .argument('<value>', 'the new value')
      .option('--json', 'print the settings as JSON')
      .addHelpText('after', example('trust config set dayEndsAt 05:00', 'trust config set role healing'))
      .action(cmd('config-set'));
  } else program.command('config').description('read or change a setting: role, partner, dayEndsAt, weekStartsOn');

  if (wants('checkin')) {
    const checkin = program
      .command('checkin')
      .description('the evening check-in: a few skippable questions about today')
      .enablePositionalOptions()
      .option('--date <day>', 'the journal day this is for (default: today; after midnight, the day before)')
      .option('--trust <n>', 'trust I felt today, 1-10', int('trust', 1, 10))
      .option('--mood <n>', 'my mood, 1-5', int('mood', 1, 5))
      .option('--talked', 'we talked honestly today')
      .option('--no-talked', 'we did not talk honestly today')
      .option('--win <text>', 'a small win worth celebrating')
      .option('--trigger <text>', 'something that brought doubt or hurt back')
      .option('--note <text>', 'anything else')
      .option('--no-input', 'never prompt; store what the flags give')
      .option('--json', 'print the saved check-in as JSON')
      .addHelpText('after', example('trust checkin', 'trust checkin --trust 6 --mood 3 --no-talked --trigger "A late text" --no-input'))
      .action(cmd('checkin'));
    checkin
      .command('list')
      .description('recent check-ins, newest first')
      .option('--last <n>', 'how many (default 14)', int('--last', 1, 100000))
      .option('--json', 'print as JSON')
      .addHelpText('after', example('trust checkin list --last 7'))
      .action(cmd('checkin-list'));
    checkin
      .command('show')
      .description("one day's check-in (default: today)")
      .argument('[day]', 'today, yesterday, fri, 2026-11-20…')
      .option('--json', 'print as JSON')
      .addHelpText('after', example('trust checkin show yesterday'))
      .action(cmd('checkin-show'));
  } else program.command('checkin').description('the evening check-in: a few skippable questions about today');

  if (wants('promise')) {
    const promise = program.command('promise').description('promises made and kept: the track record');
    promise
      .command('add')
      .description('log a promise')
      .argument('<text>', 'what you promised')
      .option('--due <when>', 'when it is due: today, tonight, fri, "thu 20:00", "tomorrow 8pm", 2026-12-01')
      .option('--every <when>', 'a recurring agreement: day, weekdays, week, or mon..sun')
      .option('--to <name>', 'who it was made to')
      .option('--on <day>', 'the day it was made (default: today)')
      .option('--json', 'print the promise as JSON')
      .addHelpText(
        'after',
        example(
          'trust promise add "Home by 8 on Thursday" --due "thu 20:00"',
          'trust promise add "Share my plans each morning" --every day',
        ),
      )
      .action(cmd('promise-add'));
    for (const [name, what] of [
      ['done', 'mark a promise kept'],
      ['broken', 'mark a promise broken'],
    ] as const) {
      promise
        .command(name)
        .description(`${what} (for a recurring one, that day's occurrence)`)
        .argument('<id>', 'the promise number')
        .option('--on <day>', 'the day it happened (default: today)')
        .option('--note <text>', 'a short note')
        .option('--json', 'print the promise as JSON')
        .addHelpText('after', example(`trust promise ${name} 3`, `trust promise ${name} 2 --on yesterday --note "…"`))
        .action(cmd(name === 'done' ? 'promise-done' : 'promise-broken'));
    }
    promise
      .command('release')
      .description('renegotiated honestly before the deadline: neither kept nor broken')
      .argument('<id>', 'the promise number')
      .requiredOption('--note <text>', 'what you agreed instead (required)')
      .option('--on <day>', 'the day it was renegotiated (default: today)')
      .option('--json', 'print the promise as JSON')
      .addHelpText('after', example('trust promise release 4 --note "We agreed Saturday instead"'))
      .action(cmd('promise-release'));
    promise
      .command('end')
      .description('a recurring agreement is over')
      .argument('<id>', 'the promise number')
      .option('--on <day>', 'the day it ended (default: today)')
      .option('--json', 'print the promise as JSON')
      .addHelpText('after', example('trust promise end 2'))
      .action(cmd('promise-end'));
    promise
      .command('list')
      .description('promises: open first, overdue highlighted')
      .option('--open', 'only open promises (the default)')
      .option('--overdue', 'only overdue promises')
      .option('--all', 'every promise, kept, broken and released too')
      .option('--json', 'print as JSON')
      .addHelpText('after', example('trust promise list', 'trust promise list --all --json'))
      .action(cmd('promise-list'));
    promise
      .command('stats')
      .description('all-time kept, broken, released, kept late, keep rate, current run')
      .option('--json', 'print as JSON')
      .addHelpText('after', example('trust promise stats'))
      .action(cmd('promise-stats'));
  } else program.command('promise').description('promises made and kept: the track record');

  if (wants('apology')) {
    const apology = program.command('apology').description('draft an apology that takes full responsibility, with a checker');
    apology
      .command('draft')
      .description('a guided draft, part by part, checked as you go, then saved')
      .option('--about <text>', 'what the apology is for (a short title)')
      .option('--what <text>', 'what I did')
      .option('--impact <text>', 'how it affected you')
      .option('--own <text>', 'that it was my responsibility')
      .option('--sorry <text>', "that I'm sorry")
      .option('--change <text>', 'what I will do differently')
      .option('--repair <text>', 'what I can do to make it right')
      .option('--promise', 'also log the --change part as a promise')
      .option('--no-input', 'never prompt; use the flags')
      .option('--json', 'print the saved draft as JSON')
      .addHelpText(
        'after',
        example(
          'trust apology draft --about "The money I hid"',
          'trust apology draft --what "I hid the card debt" --impact "It scared you" --own "It was my choice" --sorry "I\'m sorry" --change "I\'ll share every statement" --promise --no-input',
        ),
      )
      .action(cmd('apology-draft'));
    apology
      .command('check')
      .description('check a draft: parts present, phrases that hurt, a verdict')
      .argument('[text]', 'the draft, or - to read standard input')
      .option('--file <path>', 'read the draft from a file')
      .option('--json', 'print as JSON')
      .addHelpText(
        'after',
        example(
          'trust apology check "I\'m sorry you feel that way."',
          'trust apology check --file draft.txt',
          'pbpaste | trust apology check -',
        ),
      )
      .action(cmd('apology-check'));
    apology
      .command('list')
      .description('saved apology drafts')
      .option('--json', 'print as JSON')
      .addHelpText('after', example('trust apology list'))
      .action(cmd('apology-list'));
    apology
      .command('show')
      .description('one saved draft, with its versions')
      .argument('<id>', 'the draft number')
      .option('--json', 'print as JSON')
      .addHelpText('after', example('trust apology show 1'))
      .action(cmd('apology-show'));
    apology
      .command('edit')
      .description('edit a saved draft in $EDITOR; saves a new version')
      .argument('<id>', 'the draft number')
      .option('--file <path>', 'take the new version from a file instead of $EDITOR')
      .option('--json', 'print the new version as JSON')
      .addHelpText('after', example('trust apology edit 1', 'EDITOR=nano trust apology edit 1'))
      .action(cmd('apology-edit'));
  } else program.command('apology').description('draft an apology that takes full responsibility, with a checker');

  if (wants('report')) {
    program
      .command('report')
      .description('the weekly review: is it getting better?')
      .option('--week', 'this week (the default)')
      .option('--month', 'this month')
      .option('--from <day>', 'start of a custom period')
      .option('--to <day>', 'end of a custom period')
      .option('--of <day>', 'the week (or month) containing this day')
      .option('--json', 'print as JSON')
      .addOption(new Option('--format <format>', 'md for Markdown to print or share').choices(['text', 'md']))
      .addHelpText('after', example('trust report', 'trust report --month', 'trust report --week --of "last mon" --format md > week.md'))
      .action(cmd('report'));
  } else program.command('report').description('the weekly review: is it getting better?');

  if (wants('export')) {
    program
      .command('export')
      .description('everything in the journal, JSON to stdout by default')
      .addOption(new Option('--format <format>', 'json, or md for a readable journal').choices(['json', 'md']).default('json'))
      .option('--out <file>', 'write to a file (created owner-only)')
      .addHelpText('after', example('trust export --out journal.json', 'trust export --format md > journal.md'))
      .action(cmd('export'));
  } else program.command('export').description('everything in the journal, JSON to stdout by default');

  if (wants('import')) {
    program
      .command('import')
      .description('bring in an export: all or nothing; a bad file changes nothing')
      .argument('<file>', 'a file written by trust export (or - for standard input)')
      .option('--dry-run', 'check the file and say what would change, without changing anything')
      .option('--replace', 'replace the whole journal with the file instead of merging')
      .option('--json', 'print a summary as JSON')
      .addHelpText(
        'after',
        `
Merging (the default): settings in the file win; a check-in is added for a day the journal does not
have, and a day it already has is left alone unless the two are identical; promises and apology
drafts are added as new entries unless an identical one is already there. Nothing already in the
journal is changed or removed. --replace empties the journal first, then imports.
${example('trust import journal.json --dry-run', 'trust import journal.json', 'trust import journal.json --replace')}`,
      )
      .action(cmd('import'));
  } else program.command('import').description('bring in an export: all or nothing; a bad file changes nothing');

  if (wants('backup')) {
    program
      .command('backup')
      .description('a consistent copy of the journal, safe while it is in use')
      .argument('[file]', 'where to write it (default: beside the journal, with the date)')
      .option('--json', 'print where it went as JSON')
      .addHelpText('after', example('trust backup', 'trust backup ~/safe/journal-copy.db'))
      .action(cmd('backup'));
  } else program.command('backup').description('a consistent copy of the journal, safe while it is in use');

  if (wants('doctor')) {
    program
      .command('doctor')
      .description('check the journal: location, permissions, schema, integrity')
      .option('--fix', 'make the files owner-only if they are not')
      .option('--json', 'print as JSON')
      .addHelpText('after', example('trust doctor', 'trust doctor --fix'))
      .action(cmd('doctor'));
  } else program.command('doctor').description('check the journal: location, permissions, schema, integrity');

  addGlobalOptions(program);
  return program;
}

/** The command name in argv, after any global options; undefined when there is none or it is unknown. */
function commandIn(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--db') i++;
    else if (arg === '--no-color' || arg.startsWith('--db=')) continue;
    else return COMMANDS.includes(arg) ? arg : undefined;
  }
  return undefined;
}

const COMMANDS = ['init', 'config', 'checkin', 'promise', 'apology', 'report', 'export', 'import', 'backup', 'doctor'];

function addGlobalOptions(parent: Command): void {
  for (const command of parent.commands) {
    // Every command that runs (not the pure groups: config, promise, apology).
    if (command.commands.length === 0 || command.options.length > 0) {
      command.addOption(new Option('--db <path>', 'the journal file').hideHelp());
      command.addOption(new Option('--no-color', 'no colour').hideHelp());
    }
    addGlobalOptions(command);
  }
}
