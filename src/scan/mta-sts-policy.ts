/** MTA-STS policy text (RFC 8461 §3.2) and MX pattern matching (§4.1). Pure. */

export interface StsPolicy {
  version?: string;
  mode?: string;
  maxAge?: number;
  mx: string[];
  problems: string[];
}

export const MAX_AGE_LIMIT = 31_557_600;

export function parseStsPolicy(text: string): StsPolicy {
  const policy: StsPolicy = { mx: [], problems: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([A-Za-z0-9_]+):[ \t]*(.*)$/.exec(line);
    if (!m) {
      policy.problems.push(`line "${line.slice(0, 60)}" is not "key: value"`);
      continue;
    }
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (key === 'version') policy.version = value;
    else if (key === 'mode') policy.mode = value;
    else if (key === 'max_age') {
      if (!/^\d{1,10}$/.test(value)) policy.problems.push(`max_age "${value}" is not a number of seconds`);
      else policy.maxAge = Number(value);
    } else if (key === 'mx') {
      if (!/^(\*\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]+\.?$/i.test(value)) policy.problems.push(`mx "${value}" is not a host name or a *.pattern`);
      policy.mx.push(value.toLowerCase().replace(/\.$/, ''));
    }
  }
  if (policy.version !== 'STSv1') policy.problems.push(policy.version === undefined ? 'no "version: STSv1" line' : `version "${policy.version}" is not STSv1`);
  if (policy.mode === undefined) policy.problems.push('no "mode:" line');
  else if (!['enforce', 'testing', 'none'].includes(policy.mode)) policy.problems.push(`mode "${policy.mode}" is not enforce, testing or none`);
  if (policy.maxAge === undefined) policy.problems.push('no "max_age:" line');
  else if (policy.maxAge > MAX_AGE_LIMIT) policy.problems.push(`max_age ${policy.maxAge} is over the ${MAX_AGE_LIMIT}-second limit`);
  if (policy.mode !== 'none' && policy.mx.length === 0) policy.problems.push('no "mx:" line');
  return policy;
}

/** `*.example.net` matches exactly one extra left-most label (`mx1.example.net`, not `a.b.example.net`). */
export function mxMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const p = pattern.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return h === p;
  const suffix = p.slice(1);
  return h.endsWith(suffix) && !h.slice(0, -suffix.length).includes('.') && h.length > suffix.length;
}
