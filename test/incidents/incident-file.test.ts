import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConflictError, InvalidFileError } from '../../src/errors.js';
import { IncidentFile } from '../../src/incidents/incident-file.js';
import { createIncident, listIncidentIds, loadIncident, nextId } from '../../src/incidents/incident-store.js';
import { parseWhen } from '../../src/incidents/when.js';
import { tempDir } from '../helpers/cli.js';

const same = (p: string) => p;

describe('timestamps', () => {
  test.each([
    ['2026-03-27T10:00:00+01:00', '2026-03-27T09:00:00.000Z'],
    ['2026-03-27T09:00Z', '2026-03-27T09:00:00.000Z'],
    ['2026-03-27T10:00 Europe/Berlin', '2026-03-27T09:00:00.000Z'],
    ['2026-03-27T10:00[Europe/Berlin]', '2026-03-27T09:00:00.000Z'],
    ['2026-07-01 10:00 America/New_York', '2026-07-01T14:00:00.000Z'],
  ])('%s is %s', (text, utc) => {
    const r = parseWhen(text);
    expect(typeof r === 'string' ? r : r.toUTC().toISO()).toBe(utc);
  });

  test.each([['2026-03-27T10:00'], ['2026-03-27'], ['2026-03-27T10:00 Mars/Olympus'], ['yesterday']])('%s is refused', (text) => {
    expect(typeof parseWhen(text)).toBe('string');
  });
});

async function writeIncident(dir: string, body: string): Promise<string> {
  await mkdir(join(dir, 'incidents'), { recursive: true });
  const path = join(dir, 'incidents', 'INC-2026-001.yaml');
  await writeFile(path, body);
  return path;
}

const VALID = `# our notes stay
format: 1
id: INC-2026-001
title: Mailbox exposed  # inline comment
aware_at: 2026-03-27T10:00 Europe/Berlin
log:
  - at: 2026-03-27T10:05:00+01:00
    event: Noticed
`;

describe('incident files', () => {
  test('a time without a zone is refused with file:line:col', async () => {
    const dir = await tempDir();
    const path = await writeIncident(dir, VALID.replace('2026-03-27T10:00 Europe/Berlin', '2026-03-27T10:00'));
    const error = await IncidentFile.load(path, 'incidents/INC-2026-001.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFileError);
    expect((error as Error).message).toMatch(/^incidents\/INC-2026-001\.yaml:5:\d+ aware_at: expected a time with a zone/);
  });

  test('unknown keys and bad counts are located', async () => {
    const dir = await tempDir();
    const path = await writeIncident(dir, `${VALID}affected:\n  EU: { count: -3 }\n  XX: { count: 3 }\n`);
    const error = (await IncidentFile.load(path, 'i.yaml').catch((e: unknown) => e)) as InvalidFileError;
    expect(error.problems.map((p) => `${p.line} ${p.path}`)).toEqual(expect.arrayContaining(['10 affected.EU.count']));
    expect(error.problems.some((p) => p.line === 11)).toBe(true);
  });

  test('a log entry merges with an edit made on disk meanwhile, comments kept', async () => {
    const dir = await tempDir();
    const path = await writeIncident(dir, VALID);
    const mine = await IncidentFile.load(path);
    mine.append(['log'], { at: '2026-03-27T11:00:00+01:00', event: 'Called the DPO' });
    mine.set(['notices', 'gdpr-authority', 'sent_at'], '2026-03-27T12:00:00+01:00');
    // Someone else adds a description and their own log entry first.
    const theirs = await IncidentFile.load(path);
    theirs.set(['description'], 'Shared mailbox link was public');
    theirs.append(['log'], { at: '2026-03-27T10:30:00+01:00', event: 'Link revoked' });
    await theirs.save();
    await mine.save();
    const text = await readFile(path, 'utf8');
    expect(text).toContain('# our notes stay');
    expect(text).toContain('# inline comment');
    const data = (await IncidentFile.load(path)).data;
    expect(data.description).toBe('Shared mailbox link was public');
    expect(data.log?.map((e) => e.event)).toEqual(['Noticed', 'Link revoked', 'Called the DPO']);
    expect(data.notices?.['gdpr-authority']?.sent_at).toBe('2026-03-27T12:00:00+01:00');
  });

  test('two different values for the same field: ConflictError, nothing written', async () => {
    const dir = await tempDir();
    const path = await writeIncident(dir, VALID);
    const a = await IncidentFile.load(path);
    const b = await IncidentFile.load(path);
    a.set(['notices', 'gdpr-authority', 'sent_at'], '2026-03-27T12:00:00+01:00');
    b.set(['notices', 'gdpr-authority', 'sent_at'], '2026-03-27T13:00:00+01:00');
    await a.save();
    const before = await readFile(path, 'utf8');
    await expect(b.save()).rejects.toBeInstanceOf(ConflictError);
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  test('saving refuses to write an invalid file', async () => {
    const dir = await tempDir();
    const path = await writeIncident(dir, VALID);
    const f = await IncidentFile.load(path);
    f.set(['encrypted'], 'maybe');
    await expect(f.save()).rejects.toBeInstanceOf(InvalidFileError);
    expect(await readFile(path, 'utf8')).toBe(VALID);
  });

  test('new ids count up per year, also when created at the same time', async () => {
    expect(nextId(['INC-2025-007', 'INC-2026-002', 'INC-2026-010'], 2026)).toBe('INC-2026-011');
    expect(nextId(['INC-2025-007'], 2026)).toBe('INC-2026-001');
    const dir = await tempDir();
    const made = await Promise.all([1, 2, 3].map((n) => createIncident(dir, { title: `Incident ${n}` }, 2026, same)));
    expect(made.map((m) => m.id).sort()).toEqual(['INC-2026-001', 'INC-2026-002', 'INC-2026-003']);
    expect(await listIncidentIds(dir)).toEqual(['INC-2026-001', 'INC-2026-002', 'INC-2026-003']);
    expect((await loadIncident(dir, 'inc-2026-002', same)).data.id).toBe('INC-2026-002');
    await expect(loadIncident(dir, 'INC-2026-009', same)).rejects.toThrow(/no incident INC-2026-009/);
  });
});

describe('the example incident of docs/file-formats.md', () => {
  test('validates and is assessed (kept in step with docs/file-formats.md, "Incident files")', async () => {
    const f = await IncidentFile.load(join(import.meta.dirname, '../fixtures/incidents/INC-2026-001.yaml'));
    const { assessIncident } = await import('../../src/incidents/assess.js');
    const a = assessIncident(f.data, undefined, new Date('2026-03-03T00:00:00Z'));
    const get = (id: string) => a.notices.find((n) => n.id === id);
    expect(get('gdpr-authority')?.status).toBe('sent');
    // Oral request 2026-03-05 (PST) for 45 days → HIPAA caps it at 30: day 30 = 2026-04-04 in UTC.
    expect(get('hipaa-individuals')?.hold_until).toBe('2026-04-04T23:59:59Z');
    expect(get('tx-residents')?.required).toBe('unknown');
  });
});
