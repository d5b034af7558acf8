/** Builds the commander program from the command list (each command in its own file). */
import { Command } from 'commander';
import { DEFAULT_COMMAND } from './command-names.js';
import { COMMANDS } from './commands.js';
import { checkLateOptions } from './options.js';

declare const __SECBOOK_VERSION__: string;
const VERSION = typeof __SECBOOK_VERSION__ === 'string' ? __SECBOOK_VERSION__ : '0.0.0-dev';

/** The program for these arguments (`process.argv` without node and the script). */
export function buildProgram(args: string[] = []): Command {
  const program = new Command('secbook')
    .description('Email-security and compliance workbook: guided checklists, policy documents, breach notices.')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (str, write) => write(str) })
    .hook('preAction', checkLateOptions);
  for (const { define } of commandsFor(args)) define(program);
  return program;
}

/**
 * The commands to define. NOTE: defining all twelve, with their ~70 options, is ~10 ms of
 * cold start-up, so a run of one named command (or of the default one, with no arguments)
 * defines just that one; whatever else commander may have to list, match or suggest among
 * (help, a misspelt command, a folder as the default command's argument) gets them all.
 */
function commandsFor(args: string[]): typeof COMMANDS {
  // `secbook --version` needs no command at all.
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) return [];
  const first = args[0] ?? DEFAULT_COMMAND;
  const command = COMMANDS.find((c) => c.name === first);
  const wantsHelp = args.some((a) => a === '--help' || a === '-h');
  return command && !wantsHelp ? [command] : COMMANDS;
}
