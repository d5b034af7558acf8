/** `secbook init` answered in a real pseudo-terminal, as a person would. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn, type IPty } from 'node-pty';
import { parse } from 'yaml';
import { BIN, tempDir } from '../helpers/cli.js';

const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

function session(cwd: string) {
  const pty: IPty = spawn(process.execPath, [BIN, 'init'], { cols: 100, rows: 30, cwd, env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  pty.onData((d) => (output += d));
  const exited = new Promise<number>((done) => pty.onExit(({ exitCode }) => done(exitCode)));
  let seen = 0;
  /** Waits until `text` appears after everything already consumed, then types `keys`. */
  async function answer(text: string, keys: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const at = strip(output).indexOf(text, seen);
      if (at !== -1) {
        seen = at + text.length;
        pty.write(keys);
        return;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}"; screen:\n${strip(output).slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return { answer, exited, output: () => strip(output) };
}

describe('secbook init in a terminal', () => {
  it('asks the scope questions and writes what was answered', async () => {
    const dir = await tempDir();
    const s = session(dir);
    await s.answer('Organisation name', '\u0015Acme Health\r'); // Ctrl-U clears the default
    await s.answer('Domains you send email from', 'acme.example, mail.acme.example\r');
    await s.answer('EU/EEA?', 'y\r');
    await s.answer('UK?', 'n\r');
    await s.answer('controller, a processor, or both?', '\r'); // default: controller
    await s.answer('California residents?', 'n\r');
    await s.answer('protected health information (PHI)?', 'y\r');
    await s.answer('covered entity, a business associate, both, or neither?', '\r'); // default: business associate
    await s.answer('US states', 'ny, tx\r');
    await s.answer('Languages your email-sending code', ' \r'); // toggles the first: node
    await s.answer('Email libraries', ' \r'); // nodemailer
    await s.answer('Email service providers', '\u001b[B\u001b[B \r'); // down twice: postmark
    await s.answer('marketing or newsletter', 'n\r');
    await s.answer('mobile apps', 'y\r');
    await s.answer('attachments or files', 'n\r');
    expect(await s.exited).toBe(0);
    expect(s.output()).toContain('Created workbook.yaml for Acme Health.');
    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(wb.organisation).toEqual({ name: 'Acme Health', domains: ['acme.example', 'mail.acme.example'] });
    expect(wb.scope).toEqual({
      eu_personal_data: true,
      uk_personal_data: false,
      gdpr_role: 'controller',
      california_consumers: false,
      phi: true,
      hipaa_role: 'business_associate',
      us_states: ['NY', 'TX'],
      languages: ['node'],
      libraries: ['nodemailer'],
      providers: ['postmark'],
      sends_marketing: false,
      mobile_apps: true,
      accepts_attachments: false,
    });
  });

  it('Ctrl-C cancels cleanly and writes nothing', async () => {
    const dir = await tempDir();
    const s = session(dir);
    await s.answer('Organisation name', '\u0003');
    expect(await s.exited).toBe(130);
    await expect(readFile(join(dir, 'workbook.yaml'))).rejects.toThrow(/ENOENT/);
  });
});
