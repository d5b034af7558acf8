/**
 * One incident file on disk, saved like the workbook (storage/yaml-file.ts): comments and
 * key order survive, saving is locked and atomic, and an edit made on disk meanwhile is
 * merged — or refused with ConflictError when it touched the same field. Log entries are
 * appended, so two people logging at once both keep theirs.
 */
import { YamlFile, type YamlFileKind } from '../storage/yaml-file.js';
import { incidentSchema, type Incident } from './incident-schema.js';

export const INCIDENT_HINT = 'Fix the incident file at that position (see docs/file-formats.md, "Incident files"); secbook did not change it.';

const INCIDENT: YamlFileKind<Incident> = { schema: incidentSchema, hint: INCIDENT_HINT, noun: 'incident file' };

export class IncidentFile extends YamlFile<Incident> {
  /** Loads and validates; problems carry `file:line:col`. */
  static async load(path: string, file = path): Promise<IncidentFile> {
    return new IncidentFile(path, file, await YamlFile.read(path, file), INCIDENT);
  }
}
