import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder secbook is installed in (holds checklists/, templates/, schema/).
 * NOTE: walks up because the code runs both bundled (dist/) and from src/ in tests.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'checklists'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('secbook: cannot find its own package folder');
    dir = up;
  }
  cached = dir;
  return dir;
}

export const builtInChecklistDir = (): string => join(packageRoot(), 'checklists');
export const builtInTemplateDir = (): string => join(packageRoot(), 'templates');
