/**
 * Loads the incident playbooks: the built-in ones (`<package>/playbooks/*.yaml`), then a
 * team's own (`<cwd>/playbooks/*.yaml`), which replace a built-in one with the same id.
 * Bad files fail with `file:line:col`. Validated playbooks are kept in the user's cache by
 * text hash (data-cache.ts): every render loads them, and the YAML parser's first run
 * costs more than reading a few small JSON files.
 */
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { playbookSchema, type Playbook } from '../domain/playbook-schema.js';
import { packageRoot } from '../package-root.js';
import { cacheData, cachedData } from './data-cache.js';
import { parseYaml, readYamlText, validate } from './yaml-source.js';
import { listFolder } from './safe-fs.js';

async function loadDir(dir: string, cwd: string): Promise<Playbook[]> {
  const names = (await listFolder(dir, relative(cwd, dir) || dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'));
  const out: Playbook[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(cwd, path) || path;
    const text = await readYamlText(path, file);
    const hash = createHash('sha256').update(text).digest('hex');
    const hit = await cachedData('playbooks', path, hash);
    if (hit) {
      out.push(hit.data as Playbook);
      continue;
    }
    const playbook = validate(parseYaml(file, text), playbookSchema, 'See docs/incidents.md "Playbooks" for the format.');
    await cacheData('playbooks', path, hash, playbook);
    out.push(playbook);
  }
  return out;
}

/** Every playbook, built-in first, a team's own replacing built-ins by id. */
export async function loadPlaybooks(cwd: string): Promise<Playbook[]> {
  const byId = new Map<string, Playbook>();
  for (const p of await loadDir(join(packageRoot(), 'playbooks'), cwd)) byId.set(p.id, p);
  const own = join(cwd, 'playbooks');
  if (own !== join(packageRoot(), 'playbooks')) for (const p of await loadDir(own, cwd)) byId.set(p.id, p);
  return [...byId.values()];
}
