/** Builds the commander program from the command list (each command in its own file). */
import { Command } from 'commander';
import { COMMANDS } from './commands.js';

declare const __SECBOOK_VERSION__: string;
const VERSION = typeof __SECBOOK_VERSION__ === 'string' ? __SECBOOK_VERSION__ : '0.0.0-dev';

export function buildProgram(): Command {
  const program = new Command('secbook')
    .description('Email-security and compliance workbook: guided checklists, policy documents, breach notices.')
    .version(VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (str, write) => write(str) });
  for (const define of COMMANDS) define(program);
  return program;
}
