/** A temp project for render tests: the fixture workbook (test/fixtures/render). */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, runCli, tempDir, type CliResult } from './cli.js';

export const FIXTURE = join(ROOT, 'test', 'fixtures', 'render');
/** Pinned clock: documents are deterministic and the fixture's due dates fall either side. */
export const NOW = '2026-11-29T10:00:00Z';

export interface RenderProject {
  dir: string;
  workbook: string;
  run(args: string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  /** Replaces text in workbook.yaml (must match). */
  edit(from: string, to: string): Promise<void>;
}

export async function makeRenderProject(): Promise<RenderProject> {
  const dir = await tempDir('secbook-render-');
  await cp(join(FIXTURE, 'workbook.yaml'), join(dir, 'workbook.yaml'));
  const workbook = join(dir, 'workbook.yaml');
  return {
    dir,
    workbook,
    run: (args, env) => runCli(args, { cwd: dir, env: { SECBOOK_NOW: NOW, ...env } }),
    async edit(from, to) {
      const text = await readFile(workbook, 'utf8');
      if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in workbook.yaml`);
      await writeFile(workbook, text.replace(from, to));
    },
  };
}
