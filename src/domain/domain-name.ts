/**
 * The one domain-name check (init's flags and prompt, the workbook schema, `scan`): a
 * host name of two or more labels as DNS carries it (RFC 1035 §2.3.4 lengths; letters,
 * digits, hyphens, and underscores as in `_dmarc`-style names), internationalised names
 * turned into their `xn--` form (RFC 5891). Pure.
 *
 * Refused outright: any control character. The URL parser that converts IDNs drops tabs
 * and newlines, so `ex\nample.com` would otherwise quietly become example.com.
 */
import { domainToASCII } from 'node:url';

export type DomainCheck = { ok: true; domain: string } | { ok: false; reason: string };

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const TOP = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `raw` as a lower-case ASCII domain name (a final dot dropped), or why it is not one. */
export function checkDomainName(raw: string): DomainCheck {
  const control = CONTROL.exec(raw);
  if (control) return { ok: false, reason: `contains a control character (${codePoint(control[0])})` };
  const trimmed = raw.trim().toLowerCase().replace(/\.$/, '');
  if (trimmed === '') return { ok: false, reason: 'is empty' };
  if (/\s/.test(trimmed)) return { ok: false, reason: 'contains a space' };
  if (/[/:@?#]/.test(trimmed)) return { ok: false, reason: 'is not a bare domain name (no scheme, path, port or @)' };
  const ascii = /[^\x20-\x7e]/.test(trimmed) ? domainToASCII(trimmed) : trimmed;
  if (!ascii) return { ok: false, reason: 'is not a valid internationalised domain name' };
  if (ascii.length > 253) return { ok: false, reason: 'is longer than 253 characters' };
  const labels = ascii.split('.');
  if (labels.length < 2) return { ok: false, reason: 'needs at least two labels, like example.com' };
  const bad = labels.find((l) => l.length > 63 || !LABEL.test(l));
  if (bad !== undefined) {
    return { ok: false, reason: bad === '' ? 'has an empty label (two dots in a row?)' : `has an invalid label "${bad}" (letters, digits and inner hyphens, at most 63)` };
  }
  if (!TOP.test(labels[labels.length - 1]!)) return { ok: false, reason: `ends in "${labels[labels.length - 1]}", which is not a top-level domain` };
  return { ok: true, domain: ascii };
}

export const isDomainName = (raw: string): boolean => checkDomainName(raw).ok;

/** `raw` in quotes with every invisible character spelled out (`"ex\nample.com"`, `\u0085`). */
export const quoteVisible = (raw: string): string =>
   
  JSON.stringify(raw).replace(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);

/** The wording every front end uses for a refused name, e.g. `"ex ample.com" is not a domain name: it contains a space`. */
export const domainProblem = (raw: string, reason: string): string => `${quoteVisible(raw)} is not a domain name: it ${reason}`;
