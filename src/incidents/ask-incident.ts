/**
 * The guided `incident new` flow (plain prompts through src/prompts/ask.ts). It asks only
 * for what the flags or `--from` file did not give, and every question can be answered
 * "unknown": the assessment then reports it as unknown rather than assuming.
 */
import { askMulti, askSelect, askText } from '../prompts/ask.js';
import { parseAffected, type IncidentFields } from './build-incident.js';
import { CATEGORY_WORDS } from './notice-context.js';
import { DATA_CATEGORIES } from './incident-schema.js';
import { parseWhen } from './when.js';

const moment = (v: string): true | string => {
  if (v.trim() === '' || v.trim() === 'now') return true;
  const r = parseWhen(v);
  return typeof r === 'string' ? r : true;
};

async function askMoment(message: string, nowIso: string): Promise<string | undefined> {
  const v = (await askText(`${message} (timestamp with zone, "now", or empty if unknown)`, { validate: moment })).trim();
  return v === '' ? undefined : v === 'now' ? nowIso : v;
}

const yn = (message: string) =>
  askSelect(message, [
    { value: 'yes', name: 'yes' },
    { value: 'no', name: 'no' },
    { value: 'unknown', name: 'unknown (find out)' },
  ], 'unknown');

/** Fills in what `fields` lacks by asking. */
export async function askIncident(fields: Partial<IncidentFields>, nowIso: string): Promise<Partial<IncidentFields>> {
  const f: Partial<IncidentFields> = { ...fields };
  f.title ??= await askText('Title (one line)', { validate: (v) => (v.trim() ? true : 'a title is needed') });
  if (f.description === undefined) {
    const d = await askText('What happened? (optional)');
    if (d.trim()) f.description = d;
  }
  f.aware_at ??= await askMoment('When did you become aware of it (GDPR 72-hour clock)?', nowIso);
  f.discovered_at ??= await askMoment('When was it discovered (HIPAA / US state clocks)?', nowIso);
  f.occurred_at ??= await askMoment('When did it happen?', nowIso);
  if (!f.data_categories) {
    const cats = await askMulti('What data was involved? (space to select; none selected = unknown)', DATA_CATEGORIES.map((c) => ({ value: c, name: CATEGORY_WORDS[c] })));
    if (cats.length > 0) f.data_categories = cats;
  }
  f.encrypted ??= await yn('Was the data encrypted?');
  if (f.encrypted === 'yes') f.key_compromised ??= await yn('Was the encryption key compromised too?');
  if (!f.affected) {
    const a = await askText('People affected per jurisdiction, e.g. EU=1200~,CA=501 (~ = estimate; empty = unknown)', {
      validate: (v) => {
        if (!v.trim()) return true;
        try {
          parseAffected([v]);
          return true;
        } catch (error) {
          return (error as Error).message;
        }
      },
    });
    if (a.trim()) f.affected = parseAffected([a]);
  }
  const role = { ...f.role };
  role.gdpr ??= await pick('Your GDPR role for this data', ['controller', 'processor']);
  role.hipaa ??= await pick('Your HIPAA role for this data', ['covered_entity', 'business_associate', 'none']);
  role.us_state ??= await pick('Under US state laws, do you own/license the data or only maintain it?', ['owner', 'maintainer']);
  const givenRole = Object.fromEntries(Object.entries(role).filter(([, v]) => v !== undefined));
  f.role = Object.keys(givenRole).length > 0 ? givenRole : undefined;
  const risk = { ...f.risk };
  risk.gdpr ??= (await pick('GDPR risk to people: none, risk or high?', ['none', 'risk', 'high'])) ?? 'unknown';
  f.risk = risk;
  return f;
}

async function pick<T extends string>(message: string, values: T[]): Promise<T | undefined> {
  const v = await askSelect<T | 'unknown'>(message, [...values.map((x) => ({ value: x as T | 'unknown', name: x.replace(/_/g, ' ') })), { value: 'unknown', name: 'unknown (find out)' }], 'unknown');
  return v === 'unknown' ? undefined : v;
}
