/**
 * The one module that talks to @inquirer/prompts. Ctrl-C in a prompt (ExitPromptError)
 * becomes a CancelledError, a clean cancel rather than a crash. Tests drive the prompts
 * through @inquirer/testing or replace this module.
 */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { CancelledError } from '../errors.js';

export interface Choice<T extends string> {
  value: T;
  name?: string;
  description?: string;
  checked?: boolean;
}

async function guard<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new CancelledError();
    }
    throw error;
  }
}

export const askText = (message: string, options: { default?: string; validate?: (v: string) => true | string } = {}) =>
  guard(input({ message, default: options.default, validate: options.validate }));

export const askConfirm = (message: string, initial?: boolean) => guard(confirm({ message, default: initial }));

export const askSelect = <T extends string>(message: string, choices: Choice<T>[], initial?: T) =>
  guard(select<T>({ message, choices, default: initial, pageSize: 12 }));

export const askMulti = <T extends string>(message: string, choices: Choice<T>[]) =>
  guard(checkbox<T>({ message, choices, pageSize: 12 }));
