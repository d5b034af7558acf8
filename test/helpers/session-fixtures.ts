/** Small checklists and workbooks for the session, TUI, plain-mode and pty tests. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

const guidance = (what: string) => ({ why: `Why ${what} matters.`, how: `How to do ${what}.`, verify: `How to check ${what}.` });

/** A checklist with one item of every answer type, a conditional item and a linked pair. */
export function sessionChecklist(): unknown {
  return {
    id: 'tst',
    title: 'Test checklist',
    version: '1',
    sections: [
      {
        id: 'tst.basics',
        title: 'Basics',
        items: [
          { id: 'tst.basics.spf', question: 'Do you publish an SPF record?', guidance: guidance('SPF'), weight: 5, refs: ['RFC 7208 §4.6.4'], links: ['tst.more.spf-copy'] },
          { id: 'tst.basics.dkim', question: 'Do you sign with DKIM?', guidance: guidance('DKIM'), weight: 3, refs: ['RFC 6376'] },
          { id: 'tst.basics.dmarc', question: 'Do you publish a DMARC policy?', guidance: guidance('DMARC'), weight: 1, refs: ['RFC 7489'] },
          { id: 'tst.basics.php-only', question: 'Is PHPMailer patched?', guidance: guidance('patching'), weight: 4, refs: ['CWE-93'], when: { libraries: 'phpmailer' } },
        ],
      },
      {
        id: 'tst.more',
        title: 'More types',
        items: [
          { id: 'tst.more.retention', question: 'How long do you keep email logs?', guidance: guidance('retention'), weight: 2, refs: ['GDPR Art. 5(1)(e)'], type: 'text' },
          { id: 'tst.more.provider', question: 'Which provider sends your mail?', guidance: guidance('providers'), weight: 2, refs: ['RFC 5321'], type: 'choice', choices: ['ses', 'postmark', { value: 'other', label: 'Something else' }] },
          { id: 'tst.more.streams', question: 'Which streams do you send?', guidance: guidance('streams'), weight: 2, refs: ['RFC 5321'], type: 'multi', choices: ['receipts', 'resets', 'newsletters'] },
          { id: 'tst.more.reviewed', question: 'When was the policy last reviewed?', guidance: guidance('reviews'), weight: 1, refs: ['NIST SP 800-61r3'], type: 'date' },
          { id: 'tst.more.hours', question: 'How many hours to notify?', guidance: guidance('deadlines'), weight: 1, refs: ['GDPR Art. 33(1)'], type: 'number', min: 0, max: 168, unit: 'hours' },
          { id: 'tst.more.team', question: 'Who is on the incident team?', guidance: guidance('the team'), weight: 3, refs: ['NIST SP 800-61r3'], type: 'contacts' },
          { id: 'tst.more.spf-copy', question: 'Is SPF in place (asked again for auditors)?', guidance: guidance('SPF again'), weight: 1, refs: ['RFC 7208'] },
        ],
      },
    ],
  };
}

/** A checklist with `count` status items spread over sections of 20 (benchmarks, scrolling). */
export function bigChecklist(count: number, prefix = 'big'): unknown {
  const sections = [];
  for (let s = 0; s * 20 < count; s++) {
    const items = [];
    for (let i = s * 20; i < Math.min(count, (s + 1) * 20); i++) {
      items.push({ id: `${prefix}.s${s}.i${i}`, question: `Generated question number ${i}: is control ${i} in place and documented?`, guidance: guidance(`control ${i}`), weight: (i % 5) + 1, refs: ['RFC 5321'] });
    }
    sections.push({ id: `${prefix}.s${s}`, title: `Section ${s}`, items });
  }
  return { id: prefix, title: 'Generated checklist', version: '1', sections };
}

export function workbookYaml(answers: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): string {
  return stringify({ format: 1, organisation: { name: 'Test Org', domains: ['test.example'] }, scope: {}, answers, ...extra });
}

export interface SessionFixture {
  dir: string;
  workbook: string;
  /** An empty folder to pass as `builtInDir`, so only the test checklist loads. */
  noBuiltIns: string;
  cleanup: () => Promise<void>;
}

/** A temp folder with `workbook.yaml` and `checklists/test.yaml`. */
export async function makeSessionFixture(options: { answers?: Record<string, unknown>; extra?: Record<string, unknown>; checklist?: unknown } = {}): Promise<SessionFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'secbook-session-'));
  await mkdir(join(dir, 'checklists'));
  await mkdir(join(dir, 'no-built-ins'));
  await writeFile(join(dir, 'checklists', 'test.yaml'), stringify(options.checklist ?? sessionChecklist()));
  const workbook = join(dir, 'workbook.yaml');
  await writeFile(workbook, workbookYaml(options.answers, options.extra));
  return { dir, workbook, noBuiltIns: join(dir, 'no-built-ins'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
