/**
 * The team's folder confinement (safe-fs.ts: confineTo / assertConfined) piece by piece, and
 * hostile inputs found by attacking the built CLI that the fixture runner cannot express:
 * a DMARC report whose domains hold control characters, a UTF-16 workbook, `1e999`.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, open, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertConfined, confineTo, listFolder, makeFolder, removeCreatedFolders } from '../../src/storage/safe-fs.js';
import { atomicWrite } from '../../src/storage/atomic-write.js';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';

const STACK = /\n\s+at .+[(:]\d+|unexpected error|internal error|This is a bug/;
// Every C0/C1 control character except newline and tab, and the bidi overrides.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function world(): Promise<{ team: string; outside: string }> {
  const root = await tempDir();
  const team = join(root, 'team');
  const outside = join(root, 'outside');
  await mkdir(team);
  await mkdir(outside);
  await writeFile(join(outside, 'secret.yaml'), 'secret: true\n');
  confineTo(team, "the team's folder (team)");
  return { team, outside };
}

describe('confineTo: what lies in the team folder by name must really be there', () => {
  it('follows every link on the way: a chain that ends outside is refused, one that stays inside is not', async () => {
    const { team } = await world();
    await writeFile(join(team, 'real.yaml'), 'x: 1\n');
    await symlink('real.yaml', join(team, 'inside.yaml'));
    await symlink('../outside/secret.yaml', join(team, 'hop.yaml'));
    await symlink('hop.yaml', join(team, 'chain.yaml'));
    expect(() => assertConfined(join(team, 'inside.yaml'), 'inside.yaml')).not.toThrow();
    expect(() => assertConfined(join(team, 'chain.yaml'), 'chain.yaml')).toThrow(/^chain\.yaml leads outside the team's folder \(team\) \(to .*outside[/\\]secret\.yaml\)$/);
  });

  it('a missing file below a linked folder is judged by where the folder leads; a dangling link by where it points', async () => {
    const { team } = await world();
    await symlink('../outside', join(team, 'incidents'));
    await symlink('../outside/nothing-yet', join(team, 'reviews'));
    await symlink('nothing-yet', join(team, 'drills'));
    expect(() => assertConfined(join(team, 'incidents', 'INC-2026-009.yaml'), 'incidents/INC-2026-009.yaml')).toThrow(/leads outside/);
    expect(() => assertConfined(join(team, 'reviews', '2027-Q1.yaml'), 'reviews/2027-Q1.yaml')).toThrow(/leads outside/);
    expect(() => assertConfined(join(team, 'drills', 'x.yaml'), 'drills/x.yaml')).not.toThrow();
  });

  it('a link loop is named, not followed for ever', async () => {
    const { team } = await world();
    await symlink('b', join(team, 'a'));
    await symlink('a', join(team, 'b'));
    expect(() => assertConfined(join(team, 'a', 'x.yaml'), 'a/x.yaml')).toThrow(/a\/x\.yaml: too many symbolic links/);
  });

  it('paths outside every confined folder are not judged (the user named them)', async () => {
    const { outside } = await world();
    expect(() => assertConfined(join(outside, 'secret.yaml'))).not.toThrow();
  });

  it('listFolder, makeFolder and atomicWrite refuse a linked folder before touching it', async () => {
    const { team, outside } = await world();
    await symlink('../outside', join(team, 'reports'));
    await expect(listFolder(join(team, 'reports'), 'reports/')).rejects.toThrow(/^reports\/ leads outside/);
    await expect(makeFolder(join(team, 'reports', 'sub'), 'reports/sub')).rejects.toThrow(/^reports\/sub leads outside/);
    await expect(atomicWrite(join(team, 'reports', 'dmarc-daily.csv'), 'x', 'reports/dmarc-daily.csv')).rejects.toThrow(/^reports\/dmarc-daily\.csv leads outside/);
    expect(await readdir(outside)).toEqual(['secret.yaml']);
  });

  it('removeCreatedFolders takes back the empty folders a failed command made, and keeps any that hold a file', async () => {
    const { team } = await world();
    await makeFolder(join(team, 'output', 'incidents', 'INC-2026-001'));
    await makeFolder(join(team, 'reviews'));
    await writeFile(join(team, 'reviews', 'kept.yaml'), 'x: 1\n');
    await removeCreatedFolders();
    expect((await readdir(team)).sort()).toEqual(['reviews']);
  });
});

describe('hostile inputs found by attacking the CLI', () => {
  it('a DMARC report whose header_from holds C1 and bidi control characters is skipped by name; nothing reaches the store or the terminal', async () => {
    const team = await tempDir();
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(team, 'workbook.yaml'));
    const inbox = join(ROOT, 'examples', 'acme', 'dmarc-inbox');
    const [name] = await readdir(inbox);
    const xml = (await readFile(join(inbox, name!), 'utf8')).replace(
      '<header_from>acme-health.example</header_from>',
      '<header_from>acme-health.example\u009b2J\u202eX</header_from>',
    );
    await writeFile(join(team, 'evil.xml'), xml);
    const r = await runCli(['reports', 'import', 'evil.xml'], { cwd: team });
    const out = r.stdout + r.stderr;
    expect(out).toContain('evil.xml');
    expect(out).toMatch(/"acme-health\.example\\u009b2J\\u202eX" is not a domain name: it contains a control character \(U\+009B\)/i);
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toMatch(STACK);
    expect(await readdir(team)).not.toContain('reports');
  });

  it('a workbook saved as UTF-16 is named as such at 1:1', async () => {
    const team = await tempDir();
    const text = await readFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await writeFile(join(team, 'workbook.yaml'), utf16);
    for (const args of [['status'], ['answer', 'email.auth.spf-record', '--status', 'todo']]) {
      const r = await runCli(args, { cwd: team });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('workbook.yaml:1:1 is saved as UTF-16, not UTF-8');
      expect(Buffer.compare(await readFile(join(team, 'workbook.yaml')), utf16)).toBe(0);
    }
  });

  it('a number too large for a double (1e999) is quoted as Infinity, not as "null"', async () => {
    const team = await tempDir();
    const text = (await readFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), 'utf8')).replace(/^format: 1$/m, 'format: 1e999');
    await writeFile(join(team, 'workbook.yaml'), text);
    const r = await runCli(['validate'], { cwd: team });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/workbook\.yaml:\d+:9 format: .*got Infinity/);
    expect(r.stderr).not.toContain('got null');
  });

  it('a manifest.json that is not JSON is refused without quoting a byte of it', async () => {
    const team = await tempDir();
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(team, 'workbook.yaml'));
    await mkdir(join(team, 'output'));
    await writeFile(join(team, 'output', 'manifest.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    for (const args of [['render', '--format', 'html', '--only', 'vendor-policy'], ['verify']]) {
      const r = await runCli(args, { cwd: team, env: { SECBOOK_NO_BROWSER: '1' } });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('output/manifest.json is not a readable secbook manifest: not valid JSON');
      expect(r.stdout + r.stderr).not.toContain('root:x');
    }
  });

  it('standard output on a full device (`status > /dev/full`) is named, exit 1, no stack trace', async () => {
    const team = await tempDir();
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(team, 'workbook.yaml'));
    const full = await open('/dev/full', 'w');
    try {
      for (const args of [['status'], ['status', '--json'], ['--help']]) {
        const r = spawnSync(process.execPath, [BIN, ...args], { cwd: team, stdio: ['ignore', full.fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
        const stderr = r.stderr.toString();
        expect(r.status, stderr).toBe(1);
        expect(stderr).toContain('cannot write to the standard output: no space left on the device');
        expect(stderr).not.toMatch(STACK);
      }
    } finally {
      await full.close();
    }
  });
});
