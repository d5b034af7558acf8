/**
 * The built-in email-security checklist: it validates, cites a source on every item, covers
 * every area and point of the article it was seeded from (outlined in our own words in
 * test/fixtures/seed-outline.yaml),
 * and its language and library sections apply only when the scope names them.
 */
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ID_PATTERN, isWellFormedRef, type Checklist, type Item, type Section } from '../../src/domain/checklist-schema.js';
import { evaluateCondition } from '../../src/domain/condition.js';
import { scopeFacts } from '../../src/domain/frameworks.js';
import type { Scope } from '../../src/domain/workbook-schema.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';

const CHECKLIST_DIR = fileURLToPath(new URL('../../checklists/', import.meta.url));
const FILE_NAME = 'email-security.yaml';
const SEED_OUTLINE = new URL('../fixtures/seed-outline.yaml', import.meta.url);

const CORE_SECTIONS = [
  'email.auth',
  'email.encryption',
  'email.access',
  'email.input',
  'email.coding',
  'email.vendors',
  'email.monitoring',
  'email.compliance',
  'email.incident',
  'email.maintenance',
];
const CONDITIONAL_SECTIONS = [
  'email.lang-python',
  'email.lang-php',
  'email.lang-node',
  'email.lib-phpmailer',
  'email.lib-nodemailer',
  'email.lib-django',
];

/** The seed article's outline in secbook's own words, each point mapped to checklist items. */
interface OutlinePoint {
  point: string;
  items: string[];
}
interface SeedOutline {
  areas: { title: string; section: string; points: OutlinePoint[] }[];
  languages: { title: string; sections: string[]; points: OutlinePoint[] }[];
}

let tmp: string;
let checklist: Checklist;
let itemIds: Set<string>;
let outline: SeedOutline;

function section(id: string): Section {
  const found = checklist.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function items(): Item[] {
  return checklist.sections.flatMap((s) => s.items);
}

function item(id: string): Item {
  const found = items().find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

beforeAll(async () => {
  // Only this file: other built-in checklists are edited concurrently and may be mid-change.
  tmp = await mkdtemp(join(tmpdir(), 'secbook-email-checklist-'));
  await copyFile(join(CHECKLIST_DIR, FILE_NAME), join(tmp, FILE_NAME));
  const set = await loadChecklists({ cwd: process.cwd(), builtInDir: tmp });
  const loaded = set.checklists.find((c) => c.checklist.id === 'email-security');
  if (!loaded) throw new Error('email-security checklist not loaded');
  checklist = loaded.checklist;
  itemIds = new Set(set.items.keys());
  outline = parse(await readFile(SEED_OUTLINE, 'utf8')) as SeedOutline;
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('email-security checklist: validity', () => {
  it('loads through the schema and set checks, with the expected sections in order', () => {
    expect(checklist.title).toBe('Email security');
    expect(checklist.sections.map((s) => s.id)).toEqual([...CORE_SECTIONS, ...CONDITIONAL_SECTIONS]);
  });

  it('has unique, well-formed item ids prefixed by their section id', () => {
    const all = items();
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(itemIds.size).toBe(all.length);
    for (const s of checklist.sections) {
      for (const i of s.items) {
        expect(i.id, i.id).toMatch(ID_PATTERN);
        expect(i.id.startsWith(`${s.id}.`), `${i.id} is in ${s.id}`).toBe(true);
      }
    }
  });

  it('cites at least one well-formed reference on every item', () => {
    for (const i of items()) {
      expect(i.refs.length, i.id).toBeGreaterThanOrEqual(1);
      for (const ref of i.refs) expect(isWellFormedRef(ref), `${i.id}: ${ref}`).toBe(true);
    }
  });

  it('has a realistic size, required items and answer types beyond status', () => {
    const all = items();
    expect(all.length).toBeGreaterThanOrEqual(70);
    expect(all.length).toBeLessThanOrEqual(120);
    const required = all.filter((i) => i.required);
    expect(required.length).toBeGreaterThanOrEqual(8);
    expect(required.length).toBeLessThanOrEqual(14);
    for (const i of required) {
      if (i.type === 'status') expect(i.policy, `${i.id} needs a policy sentence`).toBeTruthy();
    }
    const types = new Set(all.map((i) => i.type));
    for (const t of ['status', 'text', 'choice', 'multi', 'date', 'number', 'contacts']) expect(types).toContain(t);
    expect(item('email.encryption.tls-min-version').type).toBe('choice');
    expect(item('email.incident.last-restore-test').type).toBe('date');
    expect(item('email.incident.last-tabletop').type).toBe('date');
    expect(item('email.incident.contacts').type).toBe('contacts');
    expect(item('email.auth.dkim-selectors').type).toBe('text');
    expect(item('email.vendors.providers-vetted').type).toBe('multi');
    expect(item('email.vendors.key-rotation-days')).toMatchObject({ type: 'number', unit: 'days' });
  });

  it('tags the items other documents pick', () => {
    const tagged = (tag: string) => items().filter((i) => i.tags?.includes(tag)).map((i) => i.id);
    expect(tagged('doc:retention')).toEqual(
      expect.arrayContaining(['email.monitoring.log-retention', 'email.compliance.retention-policy']),
    );
    expect(tagged('doc:vendor')).toEqual(expect.arrayContaining(section('email.vendors').items.map((i) => i.id)));
    expect(tagged('doc:incident')).toEqual(expect.arrayContaining(section('email.incident').items.map((i) => i.id)));
  });

  it('gives the record shapes and pitfalls for the DNS authentication items', () => {
    const text = (id: string) => Object.values(item(id).guidance).join(' ');
    expect(text('email.auth.spf-record')).toContain('v=spf1');
    expect(item('email.auth.spf-lookups').refs).toContain('RFC 7208 §4.6.4');
    expect(text('email.auth.spf-all')).toContain('+all');
    expect(text('email.auth.parked-domains')).toContain('v=spf1 -all');
    expect(text('email.auth.dkim-key-size')).toContain('2048');
    expect(text('email.auth.dkim-rotation')).toContain('p=');
    expect(text('email.auth.dmarc-record')).toContain('v=DMARC1');
    expect(text('email.auth.dmarc-record')).toMatch(/pct/);
    expect(text('email.auth.dmarc-reports')).toContain('._report._dmarc.');
    expect(text('email.auth.mta-sts')).toContain('/.well-known/mta-sts.txt');
    expect(text('email.auth.mta-sts')).toContain('v=STSv1');
    expect(text('email.auth.mta-sts')).toMatch(/redirect/);
    expect(text('email.auth.tls-rpt')).toContain('v=TLSRPTv1');
  });

  it('does not reuse ids of the other built-in checklists', async () => {
    const mine = new Set([...checklist.sections.map((s) => s.id), ...items().map((i) => i.id)]);
    const names = (await readdir(CHECKLIST_DIR)).filter((n) => /\.ya?ml$/.test(n) && n !== FILE_NAME);
    for (const name of names) {
      let data: unknown;
      try {
        data = parse(await readFile(join(CHECKLIST_DIR, name), 'utf8'));
      } catch {
        continue; // another checklist being edited: its own tests report it
      }
      const other = data as { id?: unknown; sections?: { id?: unknown; items?: { id?: unknown }[] }[] } | null;
      expect(other?.id, name).not.toBe('email-security');
      for (const s of other?.sections ?? []) {
        expect(mine.has(String(s.id)), `${name} reuses section ${String(s.id)}`).toBe(false);
        for (const i of s.items ?? []) expect(mine.has(String(i.id)), `${name} reuses item ${String(i.id)}`).toBe(false);
      }
    }
  });
});

describe('email-security checklist: seed coverage', () => {
  it('maps the ten areas of the seed outline, in order, to the ten core sections', () => {
    expect(outline.areas.map((a) => a.section)).toEqual(CORE_SECTIONS);
    for (const area of outline.areas) {
      expect(area.title.trim(), area.section).not.toBe('');
      expect(section(area.section).items.length, area.title).toBeGreaterThanOrEqual(3);
      expect(area.points.length, `${area.title} has points`).toBeGreaterThanOrEqual(3);
    }
  });

  it('carries every point of every area by items that exist, mostly in that area\'s section', () => {
    for (const area of outline.areas) {
      const own = new Set<string>();
      for (const { point, items: ids } of area.points) {
        expect(point.trim(), area.title).not.toBe('');
        expect(ids.length, `${area.title}: "${point}" maps to no item`).toBeGreaterThanOrEqual(1);
        for (const id of ids) {
          expect(itemIds.has(id), `${point} → ${id}`).toBe(true);
          if (id.startsWith(`${area.section}.`)) own.add(id);
        }
      }
      // A point may lean on another section (training is one item, in maintenance), but an
      // area is mostly carried by its own section.
      const points = area.points.length;
      const ownPoints = area.points.filter((p) => p.items.some((id) => id.startsWith(`${area.section}.`))).length;
      expect(ownPoints, `${area.title}: points carried by ${area.section}`).toBeGreaterThanOrEqual(points - 1);
      expect(own.size, area.title).toBeGreaterThanOrEqual(3);
    }
  });

  it('maps every language and library tip to its conditional section', () => {
    expect(outline.languages.flatMap((l) => l.sections)).toEqual(CONDITIONAL_SECTIONS);
    for (const { title, sections, points } of outline.languages) {
      for (const id of sections) expect(section(id).when, `${id} is conditional`).toBeDefined();
      expect(points.length, title).toBeGreaterThanOrEqual(3);
      for (const { point, items: ids } of points) {
        expect(ids.length, `${title}: "${point}"`).toBeGreaterThanOrEqual(1);
        for (const id of ids) {
          expect(itemIds.has(id), `${point} → ${id}`).toBe(true);
          expect(sections.some((s) => id.startsWith(`${s}.`)), `${id} belongs to ${sections.join(' or ')}`).toBe(true);
        }
      }
    }
  });

  it('keeps each outline point short: a paraphrase, not a quotation', () => {
    const points = [...outline.areas, ...outline.languages].flatMap((a) => a.points.map((p) => p.point));
    expect(new Set(points).size).toBe(points.length);
    for (const p of points) expect(p.length, p).toBeLessThanOrEqual(110);
  });
});

describe('email-security checklist: conditions', () => {
  const applies = (id: string, scope: Scope) => evaluateCondition(section(id).when, scopeFacts(scope));
  const itemApplies = (id: string, scope: Scope) => evaluateCondition(item(id).when, scopeFacts(scope));

  it('always shows the ten core sections', () => {
    for (const id of CORE_SECTIONS) {
      expect(section(id).when, id).toBeUndefined();
      expect(applies(id, {}), id).toBe(true);
    }
  });

  it('shows no language or library section for an empty scope', () => {
    for (const id of CONDITIONAL_SECTIONS) expect(applies(id, {}), id).toBe(false);
  });

  it('shows the PHP section, and not the Node or Python ones, for a PHP team', () => {
    const scope: Scope = { languages: ['php'] };
    expect(applies('email.lang-php', scope)).toBe(true);
    expect(applies('email.lang-node', scope)).toBe(false);
    expect(applies('email.lang-python', scope)).toBe(false);
    expect(applies('email.lang-node', { languages: ['node', 'go'] })).toBe(true);
    expect(applies('email.lang-python', { languages: ['python'] })).toBe(true);
  });

  it('shows each library section for its libraries only', () => {
    expect(applies('email.lib-phpmailer', { libraries: ['phpmailer'] })).toBe(true);
    expect(applies('email.lib-phpmailer', { libraries: ['swiftmailer'] })).toBe(true);
    expect(applies('email.lib-phpmailer', { libraries: ['symfony_mailer'] })).toBe(false);
    expect(applies('email.lib-nodemailer', { libraries: ['nodemailer'] })).toBe(true);
    expect(applies('email.lib-nodemailer', { libraries: ['phpmailer'] })).toBe(false);
    expect(applies('email.lib-django', { libraries: ['django_email'] })).toBe(true);
    expect(applies('email.lib-django', { libraries: ['smtplib'] })).toBe(false);
  });

  it('shows scope-dependent items only when the scope calls for them', () => {
    expect(itemApplies('email.input.attachment-scanning', {})).toBe(false);
    expect(itemApplies('email.input.attachment-scanning', { accepts_attachments: true })).toBe(true);
    expect(itemApplies('email.encryption.cert-pinning', { mobile_apps: true })).toBe(true);
    expect(itemApplies('email.encryption.cert-pinning', { mobile_apps: false })).toBe(false);
    expect(itemApplies('email.compliance.hipaa-phi', { phi: true, hipaa_role: 'covered_entity' })).toBe(true);
    expect(itemApplies('email.compliance.hipaa-phi', { phi: false })).toBe(false);
    expect(itemApplies('email.compliance.subject-access', { eu_personal_data: true })).toBe(true);
    expect(itemApplies('email.compliance.ccpa-opt-out', { eu_personal_data: true })).toBe(false);
  });
});
