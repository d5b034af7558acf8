// Hostile YAML (test/fixtures/hostile/yaml-*): every command that reads the file exits 1
// with the file's name and the real line:col in secbook's words, prints no stack trace,
// and leaves the file byte-for-byte as it was. The positions below were counted by hand
// in the fixtures (see the generator comments in each case).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');

interface Case {
  fixture: string;
  /** `line:col` of the problem. */
  at: string;
  message: RegExp;
  /** Commands that must refuse it (all four unless said). */
  commands?: string[][];
}

const CASES: Case[] = [
  { fixture: 'yaml-tab-indent.yaml', at: '8:1', message: /Tabs are not allowed as indentation/ },
  { fixture: 'yaml-multi-document.yaml', at: '13:1', message: /a second YAML document starts here/ },
  // `    note: ` is 10 characters; the 65th `[` is column 75.
  { fixture: 'yaml-deep-nesting.yaml', at: '10:75', message: /nested more than 64 levels deep/ },
  // `  name: Hostile Gro` is 19 characters, then the Latin-1 byte 0xDF.
  { fixture: 'yaml-invalid-utf8.yaml', at: '3:20', message: /not valid UTF-8 \(byte 44 of the file, 0xdf\)/ },
  { fixture: 'yaml-truncated-utf8.yaml', at: '10:14', message: /not valid UTF-8 .*0xc3/ },
  // A well-formed file with a zone that does not exist: `validate` refuses it, `check` fails.
  { fixture: 'yaml-unknown-timezone.yaml', at: '6:13', message: /organisation\.timezone: unknown time zone "Mars\/Olympus_Mons"/, commands: [['validate'], ['check']] },
  { fixture: 'yaml-duplicate-key.yaml', at: '13:3', message: /duplicate key/ },
  { fixture: 'yaml-unclosed-quote.yaml', at: '15:1', message: /Missing closing "quote/ },
  { fixture: 'yaml-misindented-list.yaml', at: '12:7', message: /Implicit keys need to be on a single line/ },
  { fixture: 'yaml-unclosed-flow.yaml', at: '9:1', message: /Flow sequence .* end with a \]/ },
];

const COMMANDS = [['validate'], ['status'], ['answer', 'email.auth.spf-record', '--status', 'todo'], ['check']];

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('hostile YAML in the workbook', () => {
  it.each(CASES)('$fixture: every command exits 1 at $at and leaves the file alone', async ({ fixture, at, message, commands }) => {
    const dir = await tempDir();
    const path = join(dir, 'workbook.yaml');
    await copyFile(join(HOSTILE, fixture), path);
    const before = await readFile(path);
    for (const args of commands ?? COMMANDS) {
      const r = await runCli(args, { cwd: dir });
      const out = r.stderr + r.stdout;
      expect(r.code, `${args[0]}: ${out}`).toBe(1);
      expect(out).toContain(`workbook.yaml:${at} `);
      expect(out).toMatch(message);
      expect(out).not.toMatch(/parseAllDocuments|Maximum call stack|this is a bug/);
      noStack(out);
      expect(Buffer.compare(await readFile(path), before), `${args[0]} changed the file`).toBe(0);
    }
  }, 120_000);
});

describe('hostile YAML in the other files secbook reads', () => {
  it('a team checklist: validate and check name its line:col', async () => {
    const dir = await tempDir();
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
    await mkdir(join(dir, 'checklists'));
    const text = 'id: team\ntitle: Team\nversion: "1"\nsections:\n  - id: team.a\n    title: A\n\titems: []\n';
    await writeFile(join(dir, 'checklists', 'team.yaml'), text);
    for (const args of [['validate'], ['check']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr + r.stdout).toContain(`${join('checklists', 'team.yaml')}:7:1 Tabs are not allowed as indentation`);
      noStack(r.stderr + r.stdout);
    }
  }, 60_000);

  it('an incident file: `incident show` names its line:col', async () => {
    const dir = await tempDir();
    await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(dir, 'workbook.yaml'));
    await mkdir(join(dir, 'incidents'));
    const good = await readFile(join(ROOT, 'test', 'fixtures', 'incidents', 'INC-2026-001.yaml'), 'utf8');
    const lines = good.split('\n');
    lines.splice(3, 0, '---');
    const path = join(dir, 'incidents', 'INC-2026-001.yaml');
    await writeFile(path, lines.join('\n'));
    const r = await runCli(['incident', 'show', 'INC-2026-001'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/INC-2026-001\.yaml:4:1 a second YAML document starts here/);
    noStack(r.stderr);
  }, 60_000);
});
