/** `secbook check-message <file.eml>`: typed options in, the receiver's-eye report out. */
import { Resolver } from 'node:dns/promises';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { SecbookError } from '../errors.js';
import { checkMessage, type MessageReport } from '../message/check-message.js';

export interface CheckMessageAppOptions {
  cwd: string;
  file: string;
  ip?: string;
  helo?: string;
  mailFrom?: string;
  marketing?: boolean;
  /** DNS server `ip[:port]`; the system's resolvers when absent. */
  resolver?: string;
  timeoutMs?: number;
}

const MAX_MESSAGE = 32 * 1024 * 1024;

export async function checkMessageFile(options: CheckMessageAppOptions): Promise<MessageReport> {
  if (options.ip && !isIP(options.ip)) throw new SecbookError(`--ip "${options.ip}" is not an IP address`, { exitCode: 2, hint: 'Give the address the message was sent from, e.g. --ip 192.0.2.10.' });
  const path = resolve(options.cwd, options.file);
  const { readRegular } = await import('./read-regular.js');
  const raw = await readRegular(path, options.file, MAX_MESSAGE, readFile);
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 5000, tries: 2 });
  if (options.resolver) resolver.setServers([options.resolver]);
  return checkMessage(raw, { ip: options.ip, helo: options.helo, mailFrom: options.mailFrom, marketing: options.marketing, resolver });
}
