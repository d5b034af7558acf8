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

const moment = (zone: string) => (v: string): true | string => {
  if (v.trim() === '' || v.trim() === 'now') return true;
  const r = parseWhen(v, zone);
  return typeof r === 'string' ? r : true;
};

async function askMoment(message: string, nowIso: string, zone: string, fallback?: string): Promise<string | undefined> {
  const hint = fallback ? `empty = ${fallback}` : 'empty if unknown';
  const v = (await askText(`${message} (e.g. 2026-03-27T10:00 in ${zone}, "now", ${hint})`, { validate: moment(zone) })).trim();
  if (v === '') return fallback;
  if (v === 'now') return nowIso;
  return typeof parseWhen(v) === 'string' ? `${v} ${zone}` : v;
}

const optionalText = async (message: string): Promise<string | undefined> => {
  const v = await askText(`${message} (optional)`);
  return v.trim() ? v : undefined;
};

const yn = (message: string) =>
  askSelect(message, [
    { value: 'yes', name: 'yes' },
    { value: 'no', name: 'no' },
    { value: 'unknown', name: 'unknown (find out)' },
  ], 'unknown');

/** Fills in what `fields` lacks by asking. */
export async function askIncident(fields: Partial<IncidentFields>, nowIso: string, zone = 'UTC'): Promise<Partial<IncidentFields>> {
  const f: Partial<IncidentFields> = { ...fields };
  f.title ??= await askText('Title (one line)', { validate: (v) => (v.trim() ? true : 'a title is needed') });
  f.description ??= await optionalText('Internal notes: what happened, for the team only (never printed in a notice)');
  f.what_happened ??= await optionalText('What happened, in plain words for the people affected (used in every notice)');
  f.aware_at ??= await askMoment('When did you become aware of it (GDPR 72-hour clock)?', nowIso, zone);
  f.discovered_at ??= await askMoment('When was it discovered (HIPAA / US state clocks)?', nowIso, zone, f.aware_at);
  f.occurred_at ??= await askMoment('When did it happen?', nowIso, zone);
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
  // No HIPAA question when no PHI is involved (or the workbook scope has none).
  if (f.phi !== 'no') role.hipaa ??= await pick('Your HIPAA role for this data', ['covered_entity', 'business_associate', 'none']);
  role.us_state ??= await pick('Under US state laws, do you own/license the data or only maintain it?', ['owner', 'maintainer']);
  const givenRole = Object.fromEntries(Object.entries(role).filter(([, v]) => v !== undefined));
  f.role = Object.keys(givenRole).length > 0 ? givenRole : undefined;
  const risk = { ...f.risk };
  risk.gdpr ??= (await pick('GDPR risk to people: none, risk or high?', ['none', 'risk', 'high'])) ?? 'unknown';
  f.risk = risk;
  f.consequences ??= await optionalText('Likely consequences for the people affected');
  f.measures ??= await optionalText('What you are doing: investigation, mitigation, prevention');
  f.individual_steps ??= await optionalText('What the people affected can do to protect themselves');
  f.playbook ??= await optionalText('Playbook followed (its id; its first-hour steps head the checklist)');
  return f;
}

async function pick<T extends string>(message: string, values: T[]): Promise<T | undefined> {
  const v = await askSelect<T | 'unknown'>(message, [...values.map((x) => ({ value: x as T | 'unknown', name: x.replace(/_/g, ' ') })), { value: 'unknown', name: 'unknown (find out)' }], 'unknown');
  return v === 'unknown' ? undefined : v;
}
