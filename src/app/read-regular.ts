/** Reads a file the user named, refusing what is not a regular file or is too large. */
import { stat } from 'node:fs/promises';
import { SecbookError } from '../errors.js';

export async function readRegular(path: string, name: string, max: number, read: (p: string) => Promise<Buffer>): Promise<Buffer> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new SecbookError(`${name} does not exist`, { hint: 'Give the path of a saved message (.eml).' });
  if (!info.isFile()) throw new SecbookError(`${name} is not a regular file`, { hint: 'Give the path of a saved message (.eml).' });
  if (info.size > max) throw new SecbookError(`${name} is larger than ${max / 1024 / 1024} MiB`, { hint: 'Check one message at a time.' });
  return read(path);
}
