/** `incident render --final`: refuses while anything is missing; otherwise clean letters; content versions. */
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { WORKBOOK_YAML, incidentProject } from '../helpers/incidents-project.js';
import { readPdf } from '../helpers/incidents-pdf.js';

const ENV = { SECBOOK_NOW: '2026-03-03T12:00:00Z' };
const WB = `${WORKBOOK_YAML}branding:\n  accent_color: "#0B6E4F"\n  footer_text: Acme Health Inc. — privacy office\nanswers:\n  ir.external.supervisory-authority:\n    value:\n      - { name: Berlin Data Protection Commissioner, email: breach@dpa.example }\n`;

/** A GDPR-only incident that records every fact its two notices need. */
const COMPLETE = `title: Newsletter export exposed
description: "INTERNAL: the contractor's laptop; see ticket SEC-41"
what_happened: A file with subscriber names and email addresses was reachable by anyone with its link for two days.
occurred_at: 2026-02-27T16:00:00-08:00
aware_at: 2026-03-02T09:00:00-08:00
discovered_at: 2026-03-02T09:00:00-08:00
data_categories: [names, email_addresses]
data_subject_categories: [newsletter subscribers]
encrypted: no
affected: { EU: { count: 40 } }
records: { count: 40 }
role: { gdpr: controller, us_state: owner, hipaa: none }
phi: no
risk: { gdpr: high }
consequences: Targeted phishing emails that use your name.
measures: We removed the link, checked the access logs and rotated the storage keys.
individual_steps: Be wary of emails that ask for your password; we will never ask for it.
notices:
  gdpr-data-subjects:
    recipients:
      - { name: Ada Example, email: ada@example.org }
      - { name: Bo Example, email: bo@example.org }
`;

async function project(yaml: string): Promise<string> {
  const cwd = await incidentProject(WB);
  await writeFile(join(cwd, 'draft.yaml'), yaml);
  const r = await runCli(['incident', 'new', '--from', 'draft.yaml', '--yes'], { cwd, env: ENV });
  expect(r.stderr).toBe('');
  return cwd;
}

const OUT = (cwd: string) => join(cwd, 'output', 'incidents', 'INC-2026-001');

describe('incident render --final', () => {
  beforeAll(() => {
    ensureBrowser();
  });

  test('refuses while a fact or a recipient is missing, lists what fills each, writes nothing', async () => {
    const cwd = await project(COMPLETE.replace(/what_happened: .*\n/, '').replace(/notices:[\s\S]*$/, ''));
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--final', '--no-pdf'], { cwd, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--final: ');
    expect(r.stderr).toContain('gdpr-authority: public description of what happened (GDPR Art. 33(3)(a) [P]) — what_happened (secbook incident edit INC-2026-001 --what-happened "…")');
    expect(r.stderr).toContain('gdpr-data-subjects: who receives the email — notices.gdpr-data-subjects.recipients in the incident file');
    expect(r.stderr).toContain('nothing was written');
    expect(existsSync(OUT(cwd))).toBe(false);
  });

  test('writes clean letters: no drafting box, no DRAFT, letterhead; one email per person with a subject for them', async () => {
    const cwd = await project(COMPLETE);
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--final'], { cwd, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The warning stays in the terminal and the packet, not on the letter.
    expect(r.stdout).toContain('Not legal advice');
    expect(await readFile(join(OUT(cwd), 'index.html'), 'utf8')).toContain('Not legal advice');
    const html = await readFile(join(OUT(cwd), 'gdpr-data-subjects', '1.0', 'gdpr-data-subjects.html'), 'utf8');
    expect(html).not.toContain('class="draft"');
    expect(html).not.toContain('[[TO FILL');
    expect(html).not.toContain('INTERNAL');
    expect(html).toContain('border-bottom: 2px solid #0B6E4F');
    const pdf = (await readPdf(join(OUT(cwd), 'gdpr-data-subjects', '1.0', 'gdpr-data-subjects.pdf'))).text;
    expect(pdf).not.toMatch(/DRAFT|Not legal advice|TO FILL/);
    expect(pdf).toContain('Acme Health Inc. — privacy office');
    expect(pdf).toContain('A personal data breach that affects you — Acme Health Inc.');
    const authority = (await readPdf(join(OUT(cwd), 'gdpr-authority', '1.0', 'gdpr-authority.pdf'))).text;
    expect(authority).toContain('To: Berlin Data Protection Commissioner');
    expect(authority).toContain('Categories of data subjects: newsletter subscribers.');

    const emls = (await readdir(join(OUT(cwd), 'gdpr-data-subjects', '1.0'))).filter((f) => f.endsWith('.eml')).sort();
    expect(emls).toEqual(['gdpr-data-subjects.1.eml', 'gdpr-data-subjects.2.eml']);
    const mail = await simpleParser(await readFile(join(OUT(cwd), 'gdpr-data-subjects', '1.0', 'gdpr-data-subjects.1.eml')));
    expect(mail.subject).toBe('A personal data breach that affects you — Acme Health Inc.');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ name: 'Ada Example', address: 'ada@example.org' }]);
    expect(mail.text).toContain('A file with subscriber names and email addresses');
    expect(mail.text).not.toMatch(/DRAFT|Not legal advice|INC-2026-001|TO FILL/);
  });

  test('a version moves only when the letter text moves; earlier versions stay', async () => {
    const cwd = await project(COMPLETE);
    expect((await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: ENV })).code).toBe(0);
    const again = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: { SECBOOK_NOW: '2026-03-03T13:00:00Z' } });
    expect(again.stdout).toContain('0 new or changed versions');
    const file = join(cwd, 'incidents', 'INC-2026-001.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('rotated the storage keys.', 'rotated the storage keys and told the host.'));
    const third = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: ENV });
    expect(third.stdout).toContain('2 new or changed versions');
    expect(existsSync(join(OUT(cwd), 'gdpr-authority', '1.0', 'gdpr-authority-draft.html'))).toBe(true);
    expect(await readFile(join(OUT(cwd), 'gdpr-authority', '1.1', 'gdpr-authority-draft.html'), 'utf8')).toContain('told the host');
    const manifest = JSON.parse(await readFile(join(OUT(cwd), 'manifest.json'), 'utf8')) as { documents: { id: string; latest: string; versions: { content_sha256: string; files: Record<string, { sha256: string }> }[] }[] };
    const entry = manifest.documents.find((d) => d.id === 'gdpr-authority');
    expect(entry?.latest).toBe('1.1');
    expect(entry?.versions.map((v) => v.content_sha256)).toHaveLength(2);
    expect(entry?.versions[1]?.files.draft_html?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
