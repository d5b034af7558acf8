/**
 * `drills/<date>-<scenario>.yaml` beside the workbook: one exercise as it happened. Written
 * atomically after every event so Ctrl-C or a crash loses nothing; an unfinished record is
 * resumed by the next `secbook drill <scenario>`.
 */
import { join } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { atomicWrite } from '../storage/atomic-write.js';
import { readYamlFile, validate } from '../storage/yaml-source.js';
import { listFolder } from '../storage/safe-fs.js';
import { IR_ROLES } from './scenario-schema.js';

const iso = z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), z.string().refine((s) => !Number.isNaN(Date.parse(s)), { error: 'expected an ISO timestamp' }));
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

const entry = z.strictObject({
  at: iso,
  /** Exercise minute when it was logged. */
  minute: z.number().int().nonnegative(),
  text: z.string().min(1),
  owner: z.string().optional(),
  due: day.optional(),
  /** Checklist item the follow-up belongs to. */
  item: z.string().optional(),
});
export type LoggedEntry = z.output<typeof entry>;

export const drillRecordSchema = z.strictObject({
  format: z.literal(1),
  id: z.string().min(1),
  scenario: z.string().min(1),
  title: z.string().min(1),
  started_at: iso,
  finished_at: iso.nullable(),
  clock: z.strictObject({
    mode: z.enum(['real', 'compressed']),
    speed: z.number().positive(),
    elapsed_ms: z.number().nonnegative(),
    running_since: iso.nullable(),
  }),
  participants: z.array(z.strictObject({ role: z.enum(IR_ROLES), name: z.string().nullable(), backup: z.string().nullable() })),
  injects_shown: z.array(z.strictObject({ minute: z.number().int().nonnegative(), title: z.string(), shown_at: iso })),
  decisions: z.array(entry),
  gaps: z.array(entry),
  /** The after-action report's files, relative to the workbook folder. */
  report: z.array(z.string()),
});
export type DrillRecord = z.output<typeof drillRecordSchema>;

export const drillDir = (projectDir: string): string => join(projectDir, 'drills');

export async function writeDrill(path: string, record: DrillRecord): Promise<void> {
  await atomicWrite(path, `# secbook drill record (docs/drills.md). Edit with care.\n${stringify(record, { lineWidth: 0 })}`);
}

export async function readDrill(path: string, file = path): Promise<DrillRecord> {
  return validate(await readYamlFile(path, file), drillRecordSchema, 'Fix the drill record at that position, or move it aside to start over.');
}

export interface StoredDrill {
  path: string;
  name: string;
  record: DrillRecord;
}

/** Every drill record beside the workbook, oldest first. */
export async function listDrills(projectDir: string): Promise<StoredDrill[]> {
  const dir = drillDir(projectDir);
  const names = (await listFolder(dir, 'drills/')).filter((n) => /^\d{4}-\d{2}-\d{2}-.+\.yaml$/.test(n)).sort();
  const out: StoredDrill[] = [];
  for (const name of names) out.push({ path: join(dir, name), name: `drills/${name}`, record: await readDrill(join(dir, name), `drills/${name}`) });
  return out;
}

/** A free `drills/<date>-<scenario>[-n].yaml` name. */
export function newDrillId(existing: readonly StoredDrill[], date: string, scenario: string): string {
  const taken = new Set(existing.map((d) => d.record.id));
  let id = `${date}-${scenario}`;
  for (let n = 2; taken.has(id); n++) id = `${date}-${scenario}-${n}`;
  return id;
}

/** The newest finished drill, or null when none finished (for `check --drill-within`). */
export async function lastFinishedDrill(projectDir: string): Promise<{ id: string; finished_at: string } | null> {
  const done = (await listDrills(projectDir)).flatMap((d) => (d.record.finished_at ? [{ id: d.record.id, finished_at: d.record.finished_at }] : []));
  done.sort((a, b) => a.finished_at.localeCompare(b.finished_at));
  return done.at(-1) ?? null;
}
