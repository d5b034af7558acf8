/**
 * The `incidents/` folder beside the workbook: listing, finding by id, and creating a new
 * file with the next free id (INC-YYYY-NNN) under a lock, so two people creating incidents
 * at once never get the same id.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from 'yaml';
import { SecbookError } from '../errors.js';
import { atomicWrite, withFileLock } from '../storage/atomic-write.js';
import { listFolder, makeFolder } from '../storage/safe-fs.js';
import { parseYaml, validate } from '../storage/yaml-source.js';
import { INCIDENT_HINT, IncidentFile } from './incident-file.js';
import { INCIDENT_ID, incidentSchema, type Incident } from './incident-schema.js';

export const incidentsDir = (projectDir: string): string => join(projectDir, 'incidents');

/** Ids of the incident files present, sorted. */
export async function listIncidentIds(projectDir: string): Promise<string[]> {
  const names = await listFolder(incidentsDir(projectDir), 'incidents/');
  return names
    .filter((n) => n.endsWith('.yaml') && INCIDENT_ID.test(n.slice(0, -5)))
    .map((n) => n.slice(0, -5))
    .sort();
}

/** Loads `incidents/<id>.yaml`, accepting a lower-case id. */
export async function loadIncident(projectDir: string, id: string, display: (path: string) => string): Promise<IncidentFile> {
  const wanted = id.toUpperCase();
  if (!INCIDENT_ID.test(wanted)) {
    throw new SecbookError(`"${id}" is not an incident id`, { hint: 'Incident ids look like INC-2026-001; run `secbook incident list`.' });
  }
  const path = join(incidentsDir(projectDir), `${wanted}.yaml`);
  if (!existsSync(path)) {
    const ids = await listIncidentIds(projectDir);
    throw new SecbookError(`no incident ${wanted} in ${display(incidentsDir(projectDir))}`, {
      hint: ids.length > 0 ? `Known incidents: ${ids.slice(-5).join(', ')}` : 'Create one with `secbook incident new`.',
    });
  }
  return IncidentFile.load(path, display(path));
}

/** The next id for `year` given the ids present. */
export function nextId(ids: string[], year: number): string {
  const prefix = `INC-${year}-`;
  const max = ids.filter((id) => id.startsWith(prefix)).reduce((m, id) => Math.max(m, Number(id.slice(prefix.length))), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

/**
 * Writes a new incident with the next free id of `year`. `fields` is everything but
 * `format` and `id`; it is validated before anything is written.
 */
export async function createIncident(projectDir: string, fields: Omit<Incident, 'format' | 'id'>, year: number, display: (path: string) => string): Promise<{ id: string; path: string }> {
  const dir = incidentsDir(projectDir);
  await makeFolder(dir, display(dir));
  return withFileLock(join(dir, '.new-incident'), display(dir), async () => {
    const id = nextId(await listIncidentIds(projectDir), year);
    const path = join(dir, `${id}.yaml`);
    const doc = new Document({ format: 1, id, ...fields });
    const text = `# secbook incident record (docs/file-formats.md, "Incident files"). Edit freely; secbook keeps your comments.\n${doc.toString({ lineWidth: 0 })}`;
    validate(parseYaml(display(path), text), incidentSchema, INCIDENT_HINT);
    await atomicWrite(path, text);
    return { id, path };
  });
}
