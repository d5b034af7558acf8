/**
 * The full-screen session shows the team's text (org name, notes) in a real terminal: none
 * of it may retitle the window, reset the terminal or reorder a line (cli/terminal-text.ts,
 * guardFullScreenWrites). Driven in a real pty, as a person would see it.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { startPty } from '../helpers/session-pty.js';

/** What the session wrote to a real terminal for the example workbook with `name` (a YAML double-quoted string) as org name. */
async function sessionOutput(name: string): Promise<string> {
  const team = await tempDir();
  await copyFile(join(ROOT, 'examples', 'acme', 'workbook.yaml'), join(team, 'workbook.yaml'));
  const text = await readFile(join(team, 'workbook.yaml'), 'utf8');
  await writeFile(join(team, 'workbook.yaml'), text.replace(/^ {2}name: .*$/m, `  name: "${name}"`));
  const s = startPty(['run'], team, { NO_COLOR: '1', TERM: 'xterm-256color' });
  try {
    await s.waitFor('Org');
    s.type('q');
    await s.exited;
  } finally {
    s.pty.kill();
  }
  return s.raw();
}

describe('the TUI does not let the team\'s text drive the terminal', () => {
  it('an org name holding an OSC title, a full reset, C1 controls and a bidi override is drawn as text', async () => {
    const raw = await sessionOutput('Evil \\e]0;PWNED\\a\\ec\\x9b31m \\u202e Org');
    expect(raw).toContain('Evil');
    expect(raw).not.toContain('\u001b]0;'); // no window title
    expect(raw).not.toContain('PWNED\u0007');
    expect(raw).not.toMatch(/\u001bc/); // no full reset
    expect(raw).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069\u0007]/);
  }, 60_000);

  it('a CSI sequence in the org name (clear screen, cursor move, colour) is drawn without its escape', async () => {
    const raw = await sessionOutput('Evil \\e[2J\\e[10;10HCLEARED\\e[31m Org');
    // The name arrives as visible text; its own escapes are gone (ink's colour-free frame has no 31m).
    expect(raw).toContain('[2J[10;10HCLEARED[31m Org');
    expect(raw).not.toContain('\u001b[10;10H');
    expect(raw).not.toContain('\u001b[31m');
  }, 60_000);
});
