/**
 * Every command, in help order. A command file only declares flags and lazily imports
 * the service it calls, so `secbook --version` loads nothing heavy.
 */
import type { Command } from 'commander';
import { initCommand } from './init.js';
import { scopeCommand } from './scope.js';
import { validateCommand } from './validate.js';
import { statusCommand } from './status.js';
import { answerCommand } from './answer.js';
import { renderCommand } from './render.js';
import { templatesCommand } from './templates.js';
import { runCommand } from './run.js';
import { reviewCommand } from './review.js';
import { checkCommand } from './check.js';
import { scanCommand } from './scan.js';
import { incidentCommand } from './incident.js';
import { signCommand, verifyCommand } from './verify.js';
import { reportsCommand, sendersCommand } from './reports.js';
import { checkMessageCommand } from './check-message.js';
import { drillCommand } from './drill.js';
import { COMMAND_NAMES, type CommandName } from './command-names.js';

export type DefineCommand = (program: Command) => void;

const DEFINE: Record<CommandName, DefineCommand> = {
  init: initCommand,
  scope: scopeCommand,
  validate: validateCommand,
  status: statusCommand,
  answer: answerCommand,
  render: renderCommand,
  templates: templatesCommand,
  run: runCommand,
  review: reviewCommand,
  check: checkCommand,
  scan: scanCommand,
  incident: incidentCommand,
  verify: verifyCommand,
  sign: signCommand,
  reports: reportsCommand,
  senders: sendersCommand,
  'check-message': checkMessageCommand,
  drill: drillCommand,
};

export const COMMANDS = COMMAND_NAMES.map((name) => ({ name, define: DEFINE[name] }));
