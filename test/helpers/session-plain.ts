/** A scripted stand-in for src/prompts/ask.ts: answers prompts in order and records them. */
import { CancelledError } from '../../src/errors.js';
import type { AskAdapter } from '../../src/prompts/plain-session.js';

export type Scripted = string | boolean | string[] | typeof CTRL_C;
export const CTRL_C = Symbol('ctrl-c');

export function scriptedAsk(script: Scripted[]): AskAdapter & { asked: string[]; remaining: () => number } {
  const queue = [...script];
  const asked: string[] = [];
  const next = (message: string): Scripted => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`unexpected prompt: ${message}\nasked so far:\n${asked.join('\n')}`);
    const answer = queue.shift() as Scripted;
    if (answer === CTRL_C) throw new CancelledError();
    return answer;
  };
  return {
    asked,
    remaining: () => queue.length,
    askText: async (message, options = {}) => {
      const value = next(message) as string;
      const valid = options.validate?.(value) ?? true;
      if (valid !== true) throw new Error(`script gave "${value}" to "${message}", which its validation refuses: ${valid}`);
      return value === '' && options.default !== undefined ? options.default : value;
    },
    askConfirm: async (message) => next(message) as boolean,
    askSelect: async <T extends string>(message: string, choices: { value: T }[]) => {
      const value = next(message) as T;
      if (!choices.some((c) => c.value === value)) throw new Error(`"${value}" is not a choice of "${message}": ${choices.map((c) => c.value).join(', ')}`);
      return value;
    },
    askMulti: async <T extends string>(message: string) => next(message) as T[],
  } as AskAdapter & { asked: string[]; remaining: () => number };
}
