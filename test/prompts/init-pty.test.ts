/** `secbook init` answered in a real pseudo-terminal, as a person would. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn, type IPty } from 'node-pty';
import { parse } from 'yaml';
import { BIN, tempDir } from '../helpers/cli.js';

const unwrap = (s: string) => s.replace(/\r/g, '').replace(/\n {6}(?=\S)/g, ' ');
const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

function session(cwd: string, env: Record<string, string> = {}) {
  const pty: IPty = spawn(process.execPath, [BIN, 'init'], { cols: 100, rows: 30, cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
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
  it('asks the organisation and scope questions, writes what was answered and ends with which frameworks apply and why', async () => {
    const dir = await tempDir();
    // The system's time zone is the default the person accepts.
    const s = session(dir, { TZ: 'Asia/Tokyo' });
    await s.answer('Organisation name', '\u0015Acme Health\r'); // Ctrl-U clears the default
    await s.answer('Domains you send email from', 'acme.example, mail.acme.example\r');
    await s.answer('Legal name', 'Acme Health Inc.\r');
    await s.answer('Time zone for deadlines', '\r');
    await s.answer('Who approves the policies?', 'Dana Reyes\r');
    await s.answer("Dana Reyes's role", 'Head of Security\r');
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
    // The summary wraps to the terminal, later lines indented: read it unwrapped.
    const out = unwrap(s.output());
    expect(out).toContain('Created workbook.yaml for Acme Health.');
    expect(out).toContain('Time zone:  Asia/Tokyo');
    expect(out).toContain('Approver:   Dana Reyes, Head of Security');
    const applies = out.slice(out.indexOf('Frameworks that apply'), out.indexOf('Frameworks that do not apply'));
    const not = out.slice(out.indexOf('Frameworks that do not apply'), out.indexOf('Next:'));
    expect(applies).toContain('GDPR (EU): applies — you offer goods or services to, or monitor, people in the EU/EEA (GDPR Art. 3(2))');
    expect(applies).toContain('HIPAA: applies — you handle protected health information as a business associate (45 CFR 160.103)');
    expect(not).toContain('CCPA/CPRA (California): does not apply — not a business doing business in California (Cal. Civ. Code 1798.140(d))');
    expect(not).toContain('UK GDPR: does not apply — no UK establishment and no offering to or monitoring of people in the UK (UK GDPR Art. 3)');
    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(wb.organisation).toEqual({
      name: 'Acme Health',
      legal_name: 'Acme Health Inc.',
      domains: ['acme.example', 'mail.acme.example'],
      timezone: 'Asia/Tokyo',
      approver: { name: 'Dana Reyes', role: 'Head of Security' },
    });
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

  it('refuses a time zone that does not exist and takes the corrected one', async () => {
    const dir = await tempDir();
    const s = session(dir, { TZ: 'UTC' });
    await s.answer('Organisation name', '\u0015Acme\r');
    await s.answer('Domains you send email from', '\r');
    await s.answer('Legal name', '\r');
    await s.answer('Time zone for deadlines', '\u0015Europe/Atlantis\r');
    await s.answer('Not a time zone. Use an IANA time zone name', '\u0015europe/lisbon\r');
    await s.answer('Who approves the policies?', '\r'); // decided later: no role asked
    await s.answer('EU/EEA?', 'n\r');
    await s.answer('UK?', 'n\r');
    await s.answer('California residents?', 'y\r');
    await s.answer('annual gross revenue above', 'y\r');
    await s.answer('100,000 or more consumers', 'n\r');
    await s.answer('50 % or more of annual revenue', 'n\r');
    await s.answer('protected health information (PHI)?', 'n\r');
    await s.answer('US states', 'ca\r');
    await s.answer('Languages your email-sending code', '\r');
    await s.answer('Email libraries', '\r');
    await s.answer('Email service providers', '\r');
    await s.answer('marketing or newsletter', 'n\r');
    await s.answer('mobile apps', 'n\r');
    await s.answer('attachments or files', 'n\r');
    expect(await s.exited).toBe(0);
    const out = unwrap(s.output());
    expect(out).toContain('Approver:   not named yet');
    expect(out).toMatch(/CCPA\/CPRA \(California\): applies — for-profit business doing business in California; annual gross revenue above/);
    expect(out).toContain('GDPR (EU): does not apply — no EU/EEA establishment and no offering to or monitoring of people in the EU/EEA (GDPR Art. 3)');
    expect(out).toContain('HIPAA: does not apply — no protected health information');
    const wb = parse(await readFile(join(dir, 'workbook.yaml'), 'utf8'));
    expect(wb.organisation).toEqual({ name: 'Acme', domains: [], timezone: 'Europe/Lisbon' });
  });

  it('Ctrl-C cancels cleanly and writes nothing', async () => {
    const dir = await tempDir();
    const s = session(dir);
    await s.answer('Organisation name', '\u0003');
    expect(await s.exited).toBe(130);
    await expect(readFile(join(dir, 'workbook.yaml'))).rejects.toThrow(/ENOENT/);
  });
});
