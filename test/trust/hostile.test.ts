/**
 * Hostile inputs (test/fixtures/hostile/fs-*, path-*, inject-*) run through the real CLI.
 * A refused input must: exit 1 (2 for a bad argument), name the file in the message, print
 * no stack trace, leave every file of the team folder and of the folder beside it
 * byte-for-byte as it was (no temp file, no 0-byte output), and finish: each run has a
 * timeout that kills it, so a hang fails the test instead of the suite.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'hostile');
const SECRET = 'SECBOOK-SECRET-OUTSIDE';
const IS_ROOT = process.getuid?.() === 0;
const STACK = /\n\s+at .+[(:]\d+|unexpected error|internal error|This is a bug/;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; uid?: number } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, SECBOOK_NOW: '2026-12-02T10:00:00Z', SECBOOK_NO_BROWSER: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
      killSignal: 'SIGKILL',
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/** Every entry under `dir` without following links: file hashes, link targets, FIFOs. */
async function snapshot(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    const rel = `${prefix}${name}`;
    const st = await lstat(path);
    if (st.isSymbolicLink()) out[rel] = `link -> ${await readlink(path)}`;
    else if (st.isFIFO()) out[rel] = 'fifo';
    else if (st.isDirectory()) Object.assign(out, { [`${rel}/`]: 'dir' }, await snapshot(path, `${rel}/`));
    else out[rel] = `${st.size} ${createHash('sha256').update(await readFile(path)).digest('hex')}`;
  }
  return out;
}

type Step =
  | { fifo: string }
  | { mkdir: string }
  | { rm: string }
  | { write: string; text: string }
  | { copy: string; to: string }
  | { replace: string; in: string; with: string }
  | { symlink: string; to: string }
  | { run: string[] }
  | { manifest: { latest?: string; version?: string; id?: string; filePath?: string } }
  | { tmpfs: string; size: string; fill?: boolean }
  | { fill: string }
  | { readonly: string }
  | { immutable: string }
  | { chmod: string; mode: string };

interface Spec {
  about: string;
  setup: Step[];
  commands: string[][];
  mentions: string[];
  code?: number;
  secret?: boolean;
  as?: 'nobody';
}

interface World {
  root: string;
  team: string;
  outside: string;
  cleanup: (() => void)[];
}

async function world(): Promise<World> {
  const root = await mkdtemp(join(tmpdir(), 'secbook-hostile-'));
  await chmod(root, 0o755);
  const team = join(root, 'team');
  const outside = join(root, 'outside');
  await mkdir(join(team, 'incidents'), { recursive: true });
  await mkdir(join(outside, 'templates'), { recursive: true });
  await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(team, 'workbook.yaml'));
  await copyFile(join(ROOT, 'test', 'fixtures', 'incidents', 'INC-2026-001.yaml'), join(team, 'incidents', 'INC-2026-001.yaml'));
  await writeFile(join(outside, 'secret.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${SECRET}</text></svg>\n`);
  await writeFile(join(outside, 'secret.txt'), `${SECRET}\n`);
  await writeFile(join(outside, 'victim.css'), '/* VICTIM-UNCHANGED */\n');
  await writeFile(join(outside, 'templates', 'print.css'), `/* ${SECRET} */\n`);
  return { root, team, outside, cleanup: [] };
}

const sh = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { stdio: 'pipe' });

async function apply(w: World, step: Step): Promise<void> {
  const at = (rel: string) => join(w.team, rel);
  if ('fifo' in step) sh('mkfifo', at(step.fifo));
  else if ('mkdir' in step) await mkdir(at(step.mkdir), { recursive: true });
  else if ('rm' in step) await rm(at(step.rm), { recursive: true, force: true });
  else if ('write' in step) await writeFile(at(step.write), step.text);
  else if ('copy' in step) await copyFile(join(FIXTURES, step.copy), at(step.to));
  else if ('replace' in step) {
    const text = await readFile(at(step.in), 'utf8');
    expect(text).toContain(step.replace);
    await writeFile(at(step.in), text.replace(step.replace, step.with.replaceAll('$ROOT', w.root)));
  } else if ('symlink' in step) await symlink(step.to, at(step.symlink));
  else if ('run' in step) {
    const r = await run(step.run, w.team);
    expect(r.stderr, r.stderr).toBe('');
    expect(r.code).toBe(0);
  } else if ('manifest' in step) {
    const path = at('output/manifest.json');
    const m = JSON.parse(await readFile(path, 'utf8')) as { documents: { id: string; latest: string; versions: { version: string; files: { html: { path: string } } }[] }[] };
    const doc = m.documents[0]!;
    const v = doc.versions[0]!;
    if (step.manifest.latest) doc.latest = step.manifest.latest;
    if (step.manifest.version) v.version = step.manifest.version;
    if (step.manifest.id) doc.id = step.manifest.id;
    if (step.manifest.filePath) v.files.html.path = step.manifest.filePath;
    await writeFile(path, JSON.stringify(m, null, 2));
  } else if ('tmpfs' in step) {
    const path = at(step.tmpfs);
    await mkdir(path, { recursive: true });
    const keep = await mkdtemp(join(tmpdir(), 'secbook-keep-'));
    sh('cp', '-a', `${path}/.`, keep);
    sh('mount', '-t', 'tmpfs', '-o', `size=${step.size}`, 'tmpfs', path);
    w.cleanup.push(() => sh('umount', '-l', path));
    sh('cp', '-a', `${keep}/.`, path);
    await rm(keep, { recursive: true, force: true });
    if (step.fill) fill(path);
  } else if ('fill' in step) fill(at(step.fill));
  else if ('readonly' in step) {
    const path = at(step.readonly);
    sh('mount', '--bind', path, path);
    w.cleanup.push(() => sh('umount', '-l', path));
    sh('mount', '-o', 'remount,ro,bind', path);
  } else if ('immutable' in step) {
    sh('chattr', '+i', at(step.immutable));
    w.cleanup.push(() => sh('chattr', '-i', at(step.immutable)));
  } else if ('chmod' in step) {
    await chmod(at(step.chmod), Number.parseInt(step.mode, 8));
    w.cleanup.push(() => sh('chmod', '755', at(step.chmod)));
  }
}

/** Fills the file system holding `dir` to the last byte. */
function fill(dir: string): void {
  try {
    sh('dd', 'if=/dev/zero', `of=${join(dir, 'filler')}`, 'bs=4k');
  } catch {
    // dd stops with ENOSPC: that is the point.
  }
}

const needsRoot = (spec: Spec): boolean => spec.setup.some((s) => 'tmpfs' in s || 'readonly' in s || 'immutable' in s) || spec.as === 'nobody';

const specs = (await readdir(FIXTURES)).filter((f) => /^(fs|path)-.*\.json$/.test(f)).sort();

describe('hostile files and paths are refused by name, and nothing changes', () => {
  it('has fixtures for every kind (fs-, path-, inject-)', async () => {
    const all = await readdir(FIXTURES);
    for (const prefix of ['fs-', 'path-', 'inject-']) expect(all.filter((f) => f.startsWith(prefix)).length).toBeGreaterThanOrEqual(6);
  });

  for (const name of specs) {
    it(name, async () => {
      const spec = JSON.parse(await readFile(join(FIXTURES, name), 'utf8')) as Spec;
      // NOTE: mounts, chattr and running as another user need root; without it these few
      // cannot be set up at all (a chmod'ed folder does not stop root, so "nobody" runs them).
      if (needsRoot(spec) && !IS_ROOT) return void console.warn(`${name}: skipped, needs root to mount or switch user`);
      const w = await world();
      const cache = await mkdtemp(join(tmpdir(), 'secbook-cache-'));
      await chmod(cache, 0o777);
      try {
        for (const step of spec.setup) await apply(w, step);
        const before = await snapshot(w.root);
        for (const args of spec.commands) {
          const r = await run(args, w.team, { uid: spec.as === 'nobody' ? 65534 : undefined, env: { XDG_CACHE_HOME: cache } });
          const said = `secbook ${args.join(' ')}\n${r.stdout}${r.stderr}`;
          expect(r.signal, `${said}\n(killed: it hung)`).toBeNull();
          expect(r.code, said).toBe(spec.code ?? 1);
          expect(r.stderr, said).not.toMatch(STACK);
          for (const m of spec.mentions) expect(r.stderr, said).toContain(m);
          if (spec.secret) {
            expect(said).not.toContain(SECRET);
            expect(said).not.toContain('root:x:0');
          }
          expect(await snapshot(w.root), said).toEqual(before);
        }
        if (spec.secret) {
          const written = Object.keys(await snapshot(w.team)).filter((f) => !f.endsWith('/'));
          for (const f of written) {
            const st = await lstat(join(w.team, f));
            if (!st.isFile()) continue;
            const text = await readFile(join(w.team, f), 'utf8');
            expect(text, f).not.toContain(SECRET);
            expect(text, f).not.toContain('root:x:0');
          }
        }
      } finally {
        for (const undo of w.cleanup.reverse()) undo();
        await rm(w.root, { recursive: true, force: true });
        await rm(cache, { recursive: true, force: true });
      }
    }, 120_000);
  }
});
