/**
 * Loads the incident playbooks: the built-in ones (`<package>/playbooks/*.yaml`), then a
 * team's own (`<cwd>/playbooks/*.yaml`), which replace a built-in one with the same id.
 * Bad files fail with `file:line:col`.
 */
import { join, relative } from 'node:path';
import { playbookSchema, type Playbook } from '../domain/playbook-schema.js';
import { packageRoot } from '../package-root.js';
import { readYamlFile, validate } from './yaml-source.js';
import { listFolder } from './safe-fs.js';

async function loadDir(dir: string, cwd: string): Promise<Playbook[]> {
  const names = (await listFolder(dir, relative(cwd, dir) || dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'));
  const out: Playbook[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const src = await readYamlFile(path, relative(cwd, path) || path);
    out.push(validate(src, playbookSchema, 'See docs/incidents.md "Playbooks" for the format.'));
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
