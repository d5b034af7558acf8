/**
 * Loads the built-in checklists and a team's own (`checklists/` next to the workbook),
 * validates each against the schema and the set against itself. Every problem comes
 * out with `file:line:col`.
 */
import { join, relative, resolve } from 'node:path';
import { buildChecklistSet, type ChecklistSet, type LoadedChecklist } from '../domain/checklist-set.js';
import { InvalidFileError, type Problem } from '../errors.js';
import { builtInChecklistDir } from '../package-root.js';
import { builtInCache, cachedTeamChecklist, cacheTeamChecklist, textHash } from './checklist-cache.js';
import { MAX_YAML_BYTES, decodeUtf8, formatPath, locate, parseYaml, readYamlFile, zodProblems, toData } from './yaml-source.js';
import { listFolder, readRegularFile } from './safe-fs.js';

export interface LoadChecklistsOptions {
  /** Working directory used to print short file names. */
  cwd: string;
  /** Extra folders of team checklists (missing folders are ignored). */
  extraDirs?: string[];
  /** Replace the built-in folder (tests). */
  builtInDir?: string;
  /** Use the build's cache of validated built-in checklists (default true). */
  useCache?: boolean;
}

async function yamlFilesIn(dir: string, cwd: string): Promise<string[]> {
  const names = await listFolder(dir, relative(cwd, dir) || dir);
  return names.filter((n) => /\.ya?ml$/.test(n)).map((n) => join(dir, n));
}

/** Loads and validates all checklists; throws InvalidFileError listing every problem. */
export async function loadChecklists(options: LoadChecklistsOptions): Promise<ChecklistSet> {
  const builtIn = options.builtInDir ?? builtInChecklistDir();
  const extra = (options.extraDirs ?? []).filter((dir) => resolve(dir) !== resolve(builtIn));
  const dirs = [{ dir: builtIn, builtIn: true }, ...extra.map((dir) => ({ dir, builtIn: false }))];
  const problems: Problem[] = [];
  const loaded: LoadedChecklist[] = [];
  const paths = new Map<string, string>();
  const useCache = options.useCache !== false;
  const cache = useCache ? builtInCache() : {};
  const writes: Promise<void>[] = [];

  for (const { dir, builtIn: isBuiltIn } of dirs) {
    for (const path of await yamlFilesIn(dir, options.cwd)) {
      const file = relative(options.cwd, path) || path;
      try {
        paths.set(file, path);
        // A FIFO or folder named *.yaml is refused, not opened (it would block the command).
        const text = decodeUtf8(await readRegularFile(path, file, { maxBytes: MAX_YAML_BYTES, what: 'YAML files' }), file);
        const hash = textHash(text);
        const cached = cache[hash] ?? (isBuiltIn || !useCache ? undefined : await cachedTeamChecklist(hash));
        if (cached) {
          loaded.push({ checklist: cached, file, builtIn: isBuiltIn });
          continue;
        }
        const src = parseYaml(file, text);
        // Loaded only on a cache miss: building the zod schema costs ~5 ms of start-up.
        const { checklistSchema } = await import('../domain/checklist-schema.js');
        const result = checklistSchema.safeParse(toData(src), { reportInput: true });
        if (!result.success) {
          problems.push(...zodProblems(src, result.error.issues));
          continue;
        }
        loaded.push({ checklist: result.data, file, builtIn: isBuiltIn });
        if (!isBuiltIn && useCache) writes.push(cacheTeamChecklist(hash, result.data));
      } catch (error) {
        if (error instanceof InvalidFileError) problems.push(...error.problems);
        else throw error;
      }
    }
  }

  await Promise.all(writes);
  const { set, problems: setProblems } = buildChecklistSet(loaded);
  for (const p of setProblems) {
    const path = paths.get(p.file);
    const { line, col } = path ? locate(await readYamlFile(path, p.file), p.path) : { line: 1, col: 1 };
    problems.push({ file: p.file, line, col, path: formatPath(p.path), message: p.message });
  }
  if (problems.length > 0) {
    throw new InvalidFileError(problems, 'Fix the checklist file(s) above; see docs/file-formats.md, "Checklists".');
  }
  return set;
}
