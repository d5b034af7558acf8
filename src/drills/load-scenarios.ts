/**
 * Scenarios: the built-in `drills/` folder of the package, then the team's `drills/`
 * beside the workbook (a team scenario with a built-in's id replaces it; new ids add).
 * Drill records (`drills/<date>-<scenario>.yaml`) share the team folder and are skipped.
 */
import { join } from 'node:path';
import { SecbookError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { readYamlFile, validate } from '../storage/yaml-source.js';
import { displayName } from '../storage/project.js';
import { listFolder } from '../storage/safe-fs.js';
import { scenarioSchema, type Scenario } from './scenario-schema.js';

export const builtInDrillDir = (): string => join(packageRoot(), 'drills');

/** `2026-12-02-leaked-smtp-credential.yaml` is a drill record, not a scenario. */
export const isDrillRecordName = (name: string): boolean => /^\d{4}-\d{2}-\d{2}-/.test(name);

export interface LoadedScenario {
  scenario: Scenario;
  /** Where it came from, for messages. */
  file: string;
  builtIn: boolean;
}

const HINT = 'Fix the scenario at that position (see docs/drills.md, "Writing a scenario"); nothing was started.';

export async function loadScenarioFile(path: string, file = path): Promise<Scenario> {
  return validate(await readYamlFile(path, file), scenarioSchema, HINT);
}

async function yamlNames(dir: string, shown = dir): Promise<string[]> {
  const names = await listFolder(dir, shown);
  return names.filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.') && !isDrillRecordName(n));
}

export interface LoadScenariosOptions {
  cwd: string;
  /** Folder of the workbook; its `drills/` holds the team's scenarios. */
  projectDir?: string;
  builtInDir?: string;
}

export async function loadScenarios(options: LoadScenariosOptions): Promise<LoadedScenario[]> {
  const byId = new Map<string, LoadedScenario>();
  const dirs: { dir: string; builtIn: boolean }[] = [{ dir: options.builtInDir ?? builtInDrillDir(), builtIn: true }];
  if (options.projectDir) dirs.push({ dir: join(options.projectDir, 'drills'), builtIn: false });
  for (const { dir, builtIn } of dirs) {
    for (const name of await yamlNames(dir, displayName(options.cwd, dir))) {
      const path = join(dir, name);
      const file = builtIn ? `drills/${name} (built-in)` : displayName(options.cwd, path);
      const scenario = await loadScenarioFile(path, file);
      byId.set(scenario.id, { scenario, file, builtIn });
    }
  }
  return [...byId.values()].sort((a, b) => a.scenario.id.localeCompare(b.scenario.id));
}

export async function findScenario(options: LoadScenariosOptions, id: string): Promise<LoadedScenario> {
  const all = await loadScenarios(options);
  const found = all.find((s) => s.scenario.id === id);
  if (!found) {
    throw new SecbookError(`no drill scenario "${id}"`, {
      hint: 'Run `secbook drill --list` to see the scenarios.',
      details: all.map((s) => `${s.scenario.id} — ${s.scenario.title}`),
    });
  }
  return found;
}
