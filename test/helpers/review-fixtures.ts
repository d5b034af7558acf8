/**
 * Review/check test fixtures: a small checklist of our own (so built-in content cannot
 * make assertions brittle), workbooks written from plain data, and a copy of the built
 * CLI whose only "built-in" checklists are ours.
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Answer } from '../../src/domain/answer.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';
import type { Project } from '../../src/storage/project.js';
import { WorkbookFile } from '../../src/storage/workbook-file.js';
import { ROOT, runCli, type CliResult } from './cli.js';

const item = (id: string, weight: number, extra = '') => `      - id: ${id}
        question: Question for ${id}?
        guidance: { why: Because., how: Like this., verify: Check it. }
        weight: ${weight}
        refs: ["RFC 7208"]${extra}
`;

/** Two sections, four items; dmarc and contacts are required. */
export const RV_CHECKLIST = `id: rv
title: Review fixture
version: "1"
sections:
  - id: rv.auth
    title: Authentication
    items:
${item('rv.auth.spf', 4)}${item('rv.auth.dmarc', 4, '\n        required: true')}  - id: rv.ops
    title: Operations
    items:
${item('rv.ops.backups', 2)}${item('rv.ops.contacts', 2, '\n        required: true')}`;

/** The same checklist one release later: one more item in Operations. */
export const RV_CHECKLIST_V2 = `${RV_CHECKLIST}${item('rv.ops.training', 2)}`;

export interface WorkbookSpec {
  answers?: Record<string, Answer>;
  intervalDays?: number;
}

export function workbookYaml(spec: WorkbookSpec = {}): string {
  return stringify({
    format: 1,
    organisation: { name: 'Acme Ltd', domains: ['acme.example'] },
    scope: {},
    answers: spec.answers ?? {},
    ...(spec.intervalDays ? { review: { interval_days: spec.intervalDays } } : {}),
  });
}

/** Writes `workbook.yaml` and `checklists/rv.yaml` into `dir`. */
export async function writeProject(dir: string, spec: WorkbookSpec = {}, checklist = RV_CHECKLIST): Promise<void> {
  await mkdir(join(dir, 'checklists'), { recursive: true });
  await writeFile(join(dir, 'checklists', 'rv.yaml'), checklist);
  await writeFile(join(dir, 'workbook.yaml'), workbookYaml(spec));
}

/** Loads the project in-process with no built-in checklists (only `dir/checklists`). */
export async function loadProject(dir: string): Promise<Project> {
  const workbook = await WorkbookFile.load(join(dir, 'workbook.yaml'), 'workbook.yaml');
  const checklists = await loadChecklists({ cwd: dir, builtInDir: join(dir, 'no-built-ins'), extraDirs: [join(dir, 'checklists')] });
  return { dir, workbook, checklists };
}

export interface IsolatedCli {
  /** The copied package folder (bin/secbook.js inside). */
  root: string;
  run(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliResult>;
  cleanup(): Promise<void>;
}

/** A copy of the built CLI (dist/ from global setup) with an empty built-in checklist folder. */
export async function isolatedCli(): Promise<IsolatedCli> {
  const root = await mkdtemp(join(tmpdir(), 'secbook-install-'));
  await cp(join(ROOT, 'package.json'), join(root, 'package.json'));
  await cp(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
  await cp(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  await mkdir(join(root, 'checklists'));
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  await symlink(join(ROOT, 'templates'), join(root, 'templates'), 'dir');
  const bin = join(root, 'bin', 'secbook.js');
  return {
    root,
    run: (args, options) => runCli(args, { ...options, bin, env: { USER: 'tester', ...options.env } }),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
