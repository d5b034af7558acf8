/** The guided session in a real pseudo-terminal: keystrokes in, workbook.yaml out. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from '../helpers/cli.js';
import { ptyProject, startPty } from '../helpers/session-pty.js';
import { STATUS_WORD } from '../../src/domain/statuses.js';

const ESC = '\u001b';
const readWorkbook = async (dir: string) => parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));

/** Opens the search, jumps to an item by id and waits for its guidance. */
async function goTo(s: ReturnType<typeof startPty>, id: string, guidance: string) {
  s.type('/');
  await s.waitFor('Search:');
  s.type(id);
  await s.waitFor(`${id}  `);
  s.type('\r');
  await s.waitFor(guidance);
}

describe('secbook (the TUI) in a terminal', { timeout: 120_000 }, () => {
  test('answer three items with keystrokes, quit with q: the answers are in workbook.yaml and the terminal is restored', async () => {
    const dir = await ptyProject();
    const s = startPty([], dir);
    await s.waitFor('Checklist / section');
    await goTo(s, 'tst.basics.spf', 'Why SPF matters.');
    // Each status key saves and walks on to the next open item, saying so.
    s.type('d');
    await s.waitFor('Saved tst.basics.spf: ✓ done → next: tst.basics.dkim');
    await s.waitFor('Do you sign with DKIM?');
    s.type('p');
    await s.waitFor('Saved tst.basics.dkim: ◐ partial → next: tst.basics.dmarc');
    await s.waitFor('Do you publish a DMARC policy?');
    s.type('e');
    await s.waitFor('Note (Markdown allowed)');
    s.type('p=none for now\r');
    await s.waitFor('note: p=none for now');
    s.type('t');
    await s.waitFor('Saved tst.basics.dmarc');
    await s.waitFor('How long do you keep email logs?');
    s.type('q');
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(0);
    expect(s.screen()).toContain('Every answer is saved in workbook.yaml.');
    // ink shows the cursor again and the alternate screen is left.
    expect(s.raw()).toContain('\u001b[?25h');
    expect(s.raw().lastIndexOf('\u001b[?1049l')).toBeGreaterThan(s.raw().lastIndexOf('\u001b[?1049h'));
    const wb = await readWorkbook(dir);
    expect(wb.answers['tst.basics.spf']).toMatchObject({ status: 'done' });
    expect(wb.answers['tst.basics.dkim']).toMatchObject({ status: 'partial' });
    expect(wb.answers['tst.basics.dmarc']).toMatchObject({ status: 'todo', note: 'p=none for now' });
    expect(wb.answers['tst.basics.dmarc'].updated_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Where the cursor stopped is the person's state, not the team's file.
    expect(wb.session).toBeUndefined();
    // The comments `init` wrote survive the saves.
    expect(await readFile(join(dir, 'workbook.yaml'), 'utf8')).toContain('# secbook workbook: your answers');

    // Reopening resumes on the item where the session stopped.
    const again = startPty(['run'], dir);
    await again.waitFor('How long do you keep email logs?');
    again.type('q');
    expect((await again.exited).exitCode).toBe(0);
  });

  test('opening the TUI, moving around and quitting without answering leaves workbook.yaml byte for byte unchanged', async () => {
    const dir = await ptyProject();
    const before = await readFile(join(dir, 'workbook.yaml'));
    const state = await tempDir();
    const env = { NO_COLOR: '1', XDG_STATE_HOME: state };
    const s = startPty([], dir, env);
    await s.waitFor('Checklist / section');
    await goTo(s, 'tst.basics.dkim', 'Why DKIM matters.');
    s.type('j');
    await s.waitFor('Do you publish a DMARC policy?');
    s.type('q');
    expect((await s.exited).exitCode).toBe(0);
    expect((await readFile(join(dir, 'workbook.yaml'))).equals(before)).toBe(true);
    // The cursor went to the user's state directory instead, and the next session resumes there.
    const files = await readdir(join(state, 'secbook', 'sessions'));
    expect(files).toHaveLength(1);
    const again = startPty(['run'], dir, env);
    await again.waitFor('Do you publish a DMARC policy?');
    again.type('q');
    expect((await again.exited).exitCode).toBe(0);
    expect((await readFile(join(dir, 'workbook.yaml'))).equals(before)).toBe(true);
  });

  test('Ctrl-C mid-session: nothing answered is lost, exit code 130', async () => {
    const dir = await ptyProject();
    const s = startPty([], dir);
    await s.waitFor('Checklist / section');
    await goTo(s, 'tst.basics.dkim', 'Why DKIM matters.');
    s.type('n');
    await s.waitFor('Saved tst.basics.dkim: – n/a');
    await s.waitFor('Do you publish a DMARC policy?');
    // The last answer and Ctrl-C arrive together: the save must still happen.
    s.type('d\u0003');
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(130);
    const wb = await readWorkbook(dir);
    expect(wb.answers['tst.basics.dkim']).toMatchObject({ status: 'na' });
    expect(wb.answers['tst.basics.dmarc']).toMatchObject({ status: 'done' });
    expect(s.raw()).toContain('\u001b[?25h');
  });

  test('SIGTERM unmounts, saves and exits 143', async () => {
    const dir = await ptyProject();
    const s = startPty([], dir);
    await s.waitFor('Checklist / section');
    await goTo(s, 'tst.basics.spf', 'Why SPF matters.');
    s.type('p');
    await s.waitFor('Saved tst.basics.spf: ◐ partial');
    s.pty.kill('SIGTERM');
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(143);
    expect((await readWorkbook(dir)).answers['tst.basics.spf']).toMatchObject({ status: 'partial' });
  });

  test('--only walks just those items; Esc goes back to where you came from', async () => {
    const dir = await ptyProject();
    const s = startPty(['run', '--only', 'tst.more.hours,tst.basics.dkim'], dir);
    await s.waitFor('0/2 answered');
    s.type('\x1b[C'); // → opens the list
    await s.waitFor('(1/2)');
    s.type(ESC);
    await s.waitFor('Checklist / section');
    s.type('\r'); // Enter starts with the first open item
    await s.waitFor('Do you sign with DKIM?');
    s.type(ESC);
    await s.waitFor('Enter to start with the first open item');
    s.type('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  test('colours follow NO_COLOR; status symbols are there either way', async () => {
    const dir = await ptyProject();
    const colour = startPty(['run', '--only', 'tst.basics.spf'], dir, { FORCE_COLOR: '1' });
    await colour.waitFor('Checklist / section');
    colour.type('q');
    await colour.exited;
     
    expect(colour.raw()).toMatch(/\u001b\[3[0-9]m/);
    const plain = startPty(['run', '--only', 'tst.basics.spf'], dir, { NO_COLOR: '1' });
    await plain.waitFor('Checklist / section');
    plain.type('q');
    await plain.exited;
    expect(plain.screen()).toContain(`✗ ${STATUS_WORD.todo} 0  ◐ partial 0  ✓ done 0  – n/a 0  · ${STATUS_WORD.unanswered} 1`);
     
    expect(plain.raw()).not.toMatch(/\u001b\[3[0-9]m/);
  });
});

describe('secbook in a terminal: first run, resize, plain mode', { timeout: 120_000 }, () => {
  test('with no workbook, the init questions come first, then the session opens on the new workbook', async () => {
    const dir = await tempDir('secbook-e2e-');
    // The time zone question defaults to the system's: Enter takes it.
    const s = startPty([], dir, { NO_COLOR: '1', TZ: 'Europe/Paris' });
    await s.waitFor('No workbook at');
    await s.waitFor('Organisation name');
    s.type('\u0015First Run Ltd\r');
    await s.waitFor('Domains you send email from');
    s.type('first.example\r');
    // Every remaining scope question takes its default: one Enter per new prompt, each
    // waiting until inquirer marks the previous answer (✔), until the session is drawn.
    const until = async (ok: () => boolean) => {
      const deadline = Date.now() + 20_000;
      while (!ok()) {
        if (Date.now() > deadline) throw new Error(`stuck in init; screen:\n${s.screen().slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const ticks = () => s.screen().split('✔').length - 1;
    const inSession = () => s.screen().includes('Checklist / section');
    await until(() => ticks() >= 2);
    for (let answered = 0; !inSession(); answered++) {
      if (answered > 30) throw new Error('init kept asking');
      await until(() => inSession() || /\? \S/.test(s.screen().slice(s.screen().lastIndexOf('✔'))));
      if (inSession()) break;
      const before = ticks();
      s.type('\r');
      await until(() => inSession() || ticks() > before);
    }
    expect(s.screen()).toContain('secbook · First Run Ltd');
    // Before the session covers the screen, init's summary said what applies and what does not.
    expect(s.raw()).toContain('Frameworks that do not apply');
    expect(s.raw()).toContain('Press Enter to open the guided session');
    s.type('q');
    expect((await s.exited).exitCode).toBe(0);
    const wb = await readWorkbook(dir);
    expect(wb.organisation).toEqual({ name: 'First Run Ltd', domains: ['first.example'], timezone: 'Europe/Paris' });
  });

  test('the layout follows a terminal resize', async () => {
    const dir = await ptyProject();
    const s = startPty(['run', '--only', 'tst.basics.spf'], dir);
    await s.waitFor('Checklist / section');
    await s.waitFor('[....................]'); // 80 columns: a 20-cell bar
    s.pty.resize(60, 20);
    await s.waitFor(/\[\.{10}\]/); // 60 columns: a 10-cell bar
    s.type('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  test('--plain asks the same items as prompts and saves each answer', async () => {
    const dir = await ptyProject();
    const s = startPty(['run', '--plain', '--only', 'tst.basics.spf,tst.more.hours'], dir);
    await s.waitFor('Do you publish an SPF record?');
    await s.waitFor('Status');
    s.type('\r'); // done (the first choice)
    await s.waitFor('Next');
    s.type('\r'); // next item
    await s.waitFor('Number (hours)');
    s.type('48\r');
    await s.waitFor('Next');
    s.type('\r');
    await s.waitFor('End of the list. Every answer is saved.');
    expect((await s.exited).exitCode).toBe(0);
    const wb = await readWorkbook(dir);
    expect(wb.answers['tst.basics.spf']).toMatchObject({ status: 'done' });
    expect(wb.answers['tst.more.hours']).toMatchObject({ value: 48 });
  });
});

describe('secbook run without a terminal', () => {
  test('refuses with a pointer to `secbook answer` and `secbook status`, exit code 2, without waiting for input', async () => {
    const dir = await ptyProject();
    for (const args of [[], ['run'], ['run', '--plain']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('secbook run needs an interactive terminal');
      expect(r.stderr).toContain('secbook answer <item-id>');
      expect(r.stderr).toContain('secbook status');
    }
  });

  test('a mistyped command is not taken for a workbook folder', async () => {
    const dir = await ptyProject();
    for (const args of [['stauts'], ['run', 'stauts']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('unknown command "stauts"');
      expect(r.stderr).toContain('secbook status');
    }
  });

  test('--only with an unknown id names it and suggests close ids', async () => {
    const dir = await ptyProject();
    const s = startPty(['run', '--only', 'tst.basics.dkin'], dir);
    await s.waitFor('no checklist item "tst.basics.dkin"');
    await s.waitFor('tst.basics.dkim');
    expect((await s.exited).exitCode).toBe(1);
  });
});
