import { describe, expect, it } from 'vitest';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

/** A temp folder with a workbook and the mini fixture as a team checklist. */
async function project(): Promise<string> {
  const dir = await tempDir();
  const init = await runCli(['init', '--org', 'Acme Ltd', '--domain', 'acme.example', '--languages', 'php', '--yes'], { cwd: dir });
  expect(init.code, init.stderr).toBe(0);
  await mkdir(join(dir, 'checklists'));
  await copyFile(join(ROOT, 'test/fixtures/checklists/mini.yaml'), join(dir, 'checklists', 'mini.yaml'));
  return dir;
}

describe('secbook CLI (foundation)', () => {
  it('prints its version and help for every command', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const version = await runCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['init', 'validate', 'status', 'answer']));
    for (const command of commands) {
      const r = await runCli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(new RegExp(`^Usage: secbook ${command}`));
    }
  });

  it('init writes a commented workbook with the schema line, and refuses to overwrite it', async () => {
    const dir = await tempDir();
    const r = await runCli(['init', 'team', '--org', 'Acme', '--domain', 'acme.example', '--frameworks', 'gdpr,ccpa', '--languages', 'node', '--yes'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const path = join(dir, 'team', 'workbook.yaml');
    const text = await readFile(path, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schema\/workbook\.schema\.json\n/);
    expect(parse(text)).toMatchObject({
      format: 1,
      organisation: { name: 'Acme', domains: ['acme.example'] },
      scope: { force: { gdpr: 'on', ccpa: 'on' }, languages: ['node'] },
    });
    const again = await runCli(['init', 'team', '--org', 'Other', '--yes'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('team/workbook.yaml already exists; secbook will not overwrite a workbook');
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('init without a terminal or --org says what to pass; bad values list the valid ones', async () => {
    const dir = await tempDir();
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hint: Pass --org "Your Org"');
    const bad = await runCli(['init', '--org', 'A', '--languages', 'cobol', '--yes'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--languages <list>' argument 'cobol' is invalid");
    expect(bad.stderr).toContain('node, python, php');
  });

  it('answer records an answer, and rejects unknown ids with close matches', async () => {
    const dir = await project();
    const ok = await runCli(['answer', 'mini.auth.spf', '--status', 'done', '--note', 'see *dig*', '--evidence', 'https://example.com/spf', '--owner', 'Dana', '--due', '2027-03-31', '--by', 'ci'], {
      cwd: dir,
      env: { SECBOOK_NOW: '2026-11-29T10:00:00Z' },
    });
    expect(ok.code, ok.stderr).toBe(0);
    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(wb.answers['mini.auth.spf']).toEqual({
      status: 'done',
      note: 'see *dig*',
      evidence: [{ url: 'https://example.com/spf', date: '2026-11-29' }],
      owner: 'Dana',
      due: '2027-03-31',
      answered_by: 'ci',
      updated_at: '2026-11-29T10:00:00.000Z',
      confirmed_at: '2026-11-29T10:00:00.000Z',
    });

    const typo = await runCli(['answer', 'mini.auth.spff', '--status', 'done'], { cwd: dir });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('no checklist item "mini.auth.spff"');
    expect(typo.stderr).toMatch(/Did you mean:\n\s+mini\.auth\.spf/);

    const badStatus = await runCli(['answer', 'mini.auth.spf', '--status', 'finished'], { cwd: dir });
    expect(badStatus.code).toBe(2);
    expect(badStatus.stderr).toContain("option '--status <status>' argument 'finished' is invalid. Use one of: done, partial, todo, na.");
    const badValue = await runCli(['answer', 'mini.auth.tls', '--value', '1.1'], { cwd: dir });
    expect(badValue.code).toBe(1);
    expect(badValue.stderr).toContain('error: --value "1.1" is not a choice of mini.auth.tls (choices: "1.2", "1.3"');
  });

  it('status shows scores per section with bars, and --json the same numbers', async () => {
    const dir = await project();
    for (const [id, status] of [['mini.auth.spf', 'done'], ['mini.auth.tls', 'partial'], ['mini.php.headers', 'na']] as const) {
      expect((await runCli(['answer', id, '--status', status], { cwd: dir })).code).toBe(0);
    }
    const text = await runCli(['status'], { cwd: dir });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Mini checklist\s+█+░* +\d+%/);
    expect(text.stdout).toMatch(/ {2}PHP\s+[█░]+ +\d+%\s+answered 2\/2/);
    const json = await runCli(['status', '--json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as { score: { checklists: { checklistId: string; earned: number; possible: number; counts: Record<string, number> }[] } };
    const mini = report.score.checklists.find((c) => c.checklistId === 'mini');
    // spf 5 done + tls 3 partial (and php.tls linked to it) ; selectors 2 unanswered ; headers n/a
    expect(mini).toMatchObject({ earned: 5 + 1.5 + 1.5, possible: 5 + 3 + 3 + 2, counts: { done: 1, partial: 2, na: 1, unanswered: 1 } });
  });

  it('status and check call an unanswered item "open", as the TUI does; "todo" counts only items marked todo', async () => {
    const dir = await project();
    for (const [id, status] of [['mini.auth.spf', 'todo'], ['mini.auth.tls', 'partial'], ['mini.php.headers', 'na']] as const) {
      expect((await runCli(['answer', id, '--status', status], { cwd: dir })).code).toBe(0);
    }
    const text = await runCli(['status'], { cwd: dir });
    expect(text.code, text.stderr).toBe(0);
    // spf marked todo; tls partial (php.tls follows its link); headers n/a; selectors nobody answered.
    // The same words and order as the TUI overview: ✗ todo ◐ partial ✓ done – n/a · open.
    expect(text.stdout).toMatch(/^Mini checklist .*answered 4\/5\s+todo 1 · partial 2 · done 0 · n\/a 1 · open 1$/m);
    expect(text.stdout).toMatch(/^ {2}Authentication .*answered 2\/3\s+todo 1 · partial 1 · done 0 · n\/a 0 · open 1$/m);
    // `check` and the status total agree on how many are open.
    const total = /^Overall .*answered (\d+)\/(\d+) .* · open (\d+)/m.exec(text.stdout);
    expect(total, text.stdout).not.toBeNull();
    const [, answered, applicable, open] = total!.map(Number);
    expect(open).toBe(applicable! - answered!);
    const check = await runCli(['check'], { cwd: dir });
    expect(check.stdout).toContain(`${answered}/${applicable} answered (${open} open)`);
    expect(check.stdout).toMatch(/✗ \d+ required items open \(not answered yet\)/);
    expect(text.stdout + check.stdout).not.toContain('unanswered');
  });

  it('validate passes a good workbook, and points at a broken one without touching it', async () => {
    const dir = await project();
    const good = await runCli(['validate'], { cwd: dir });
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/checklists \(\d+ items\) valid; workbook\.yaml valid/);

    const path = join(dir, 'workbook.yaml');
    const broken = (await readFile(path, 'utf8')).replace('name: Acme Ltd', 'name: "Acme Ltd');
    await writeFile(path, broken);
    for (const command of [['validate'], ['status'], ['answer', 'mini.auth.spf', '--status', 'done']]) {
      const r = await runCli(command, { cwd: dir });
      expect(r.code, command.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^error: workbook\.yaml:\d+:\d+ /);
      expect(r.stderr).toContain('hint:');
    }
    expect(await readFile(path, 'utf8')).toBe(broken);
  });

  it('validate reports answers whose item no longer exists', async () => {
    const dir = await project();
    const path = join(dir, 'workbook.yaml');
    await writeFile(path, (await readFile(path, 'utf8')).replace('answers: {}', 'answers:\n  mini.auth.gone:\n    status: done\n'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/workbook\.yaml:\d+:\d+ answers\.mini\.auth\.gone: no loaded checklist has this item/);
  });

  it('keeps heavy modules off the startup path', async () => {
    // Follow dist/main.js's static imports (bundled chunks and packages): nothing heavy may
    // be reachable without a dynamic import().
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = ['main.js'];
    let code = '';
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = await readFile(join(ROOT, 'dist', file), 'utf8');
      code += text;
      for (const [, spec] of text.matchAll(/^(?:import|export)[^;]*?from\s*"([^"]+)";/gms)) {
        if (spec!.startsWith('./')) queue.push(spec!.slice(2));
        else packages.add(spec!);
      }
    }
    for (const heavy of ['ink', 'react', 'puppeteer-core', 'handlebars', 'nodemailer', 'mailauth', './tui-vendor.js']) {
      expect([...packages], heavy).not.toContain(heavy);
    }
    expect(seen.has('tui-vendor.js')).toBe(false);
    // Markers of bundled libraries that only commands may load.
    for (const marker of ['YAMLParseError', 'ZodError', 'Invalid DateTime', 'linkify', 'ExitPromptError']) {
      expect(code.includes(marker), marker).toBe(false);
    }
    expect(code).toContain('commander');
  });
});
