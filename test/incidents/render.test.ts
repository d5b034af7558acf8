/** `incident render`: drafts with the legally required content, safe emails, PDFs. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { BIG_INCIDENT_YAML, WORKBOOK_YAML, incidentProject } from '../helpers/incidents-project.js';
import { readPdf } from '../helpers/incidents-pdf.js';

const ENV = { SECBOOK_NOW: '2026-03-03T12:00:00Z' };

async function project(incidentYaml: string, workbook = WORKBOOK_YAML): Promise<string> {
  const cwd = await incidentProject(workbook);
  await writeFile(join(cwd, 'draft.yaml'), incidentYaml);
  const r = await runCli(['incident', 'new', '--from', 'draft.yaml', '--yes'], { cwd, env: ENV });
  expect(r.stderr).toBe('');
  return cwd;
}

const OUT = (cwd: string) => join(cwd, 'output', 'incidents', 'INC-2026-001');
/** A draft file of a notice's first version. */
const DRAFT = (cwd: string, id: string, ext: string) => join(OUT(cwd), id, '1.0', `${id}-draft.${ext}`);
const draftFiles = async (cwd: string): Promise<string[]> => (await readdir(OUT(cwd), { recursive: true })).map(String).filter((f) => f.includes('-draft.')).map((f) => f.split('/').pop() ?? f).sort();

describe('secbook incident render (with PDFs)', () => {
  beforeAll(() => {
    ensureBrowser();
  });

  test('a packet for every required or unknown notice, with the required content', async () => {
    const cwd = await project(BIG_INCIDENT_YAML);
    const r = await runCli(['incident', 'render', 'INC-2026-001'], { cwd, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = await draftFiles(cwd);
    for (const id of ['gdpr-authority', 'gdpr-data-subjects', 'hipaa-individuals', 'hipaa-media-CA', 'hipaa-hhs', 'ca-residents', 'ca-regulator', 'tx-residents']) {
      expect(files).toContain(`${id}-draft.html`);
      expect(files).toContain(`${id}-draft.pdf`);
    }
    // Authorities get forms (no .eml); people, media and regulators by email.
    expect(files).not.toContain('gdpr-authority-draft.eml');
    expect(files).not.toContain('hipaa-hhs-draft.eml');
    expect(files).toContain('ca-residents-draft.eml');
    expect(files).toContain('hipaa-individuals-draft.eml');
    // Not required: no draft.
    expect(files).not.toContain('tx-regulator-draft.html');
    expect(files).not.toContain('hipaa-hhs-log-draft.html');
    expect(await readdir(OUT(cwd))).toEqual(expect.arrayContaining(['index.html', 'timeline.svg', 'checklist.md', 'assessment.json', 'manifest.json']));

    const caPdf = await readPdf(DRAFT(cwd, 'ca-residents', 'pdf'));
    const ca = caPdf.text;
    for (const heading of ['Notice of Data Breach', 'What Happened?', 'What Information Was Involved?', 'What We Are Doing.', 'What You Can Do.', 'For More Information.']) {
      expect(ca).toContain(heading);
    }
    expect(ca).toContain('Social Security numbers');
    // The offer is a mark until provider, months and enrolment are recorded.
    expect(ca).toContain('TO FILL: identity theft prevention service offered');
    // The bureaus' published freeze contacts (mass.gov [S]), not a placeholder.
    expect(ca).toContain('Equifax Security Freeze, P.O. Box 105788, Atlanta, GA 30348');
    expect(ca).toContain('TransUnion Security Freeze, P.O. Box 2000, Chester, PA 19016');
    expect(ca).toContain('Not legal advice');
    // 10 pt comes back from the PDF as 9.9975 (float scaling): allow that rounding only.
    expect(caPdf.minFontPt).toBeGreaterThan(9.99);

    const hipaa = (await readPdf(DRAFT(cwd, 'hipaa-individuals', 'pdf'))).text;
    // 164.404(c): what happened with both dates, PHI types, steps, what we do, contact incl. toll-free.
    expect(hipaa).toContain('Date of the breach: on or about February 27, 2026');
    expect(hipaa).toContain('Date we discovered it: March 2, 2026');
    expect(hipaa).toMatch(/What information was involved.*names, Social Security numbers, health information\./);
    // Headings and their text (a page break may fall between them).
    expect(hipaa).toMatch(/What you should do .*Watch your statements/);
    expect(hipaa).toMatch(/What we are doing .*We recalled the message/);
    expect(hipaa).toContain('toll-free at +1 800 555 0199');
    expect(hipaa).toContain('privacy@acme.example');

    const gdpr = (await readPdf(DRAFT(cwd, 'gdpr-authority', 'pdf'))).text;
    for (const part of ['(a) Nature of the breach', '(b) Data protection officer or other contact point', '(c) Likely consequences', '(d) Measures taken or proposed']) {
      expect(gdpr).toContain(part);
    }
    expect(gdpr).toContain('initial notification');
    expect(gdpr).toContain('Dana Lee');
    // The EU residents (the GDPR notices' territory), not everyone affected.
    expect(gdpr).toContain('Approximate number of data subjects concerned: 20.');

    const subjects = await readFile(DRAFT(cwd, 'gdpr-data-subjects', 'html'), 'utf8');
    for (const part of ['Who to contact', 'What this may mean for you', 'What we are doing', 'dpo@acme.example']) expect(subjects).toContain(part);

    const index = await readFile(join(OUT(cwd), 'index.html'), 'utf8');
    expect(index).toContain('<svg');
    expect(index).toContain('Due: gdpr-authority');
    expect(index).toContain('<a href="ca-residents/1.0/ca-residents-draft.pdf">draft_pdf</a>');
    const checklist = await readFile(join(OUT(cwd), 'checklist.md'), 'utf8');
    // 2026-03-02 (PST) + 30 days = 2026-04-01, PDT.
    expect(checklist).toContain('Send ca-residents: Notify affected California residents (California breach law Cal. Civ. Code 1798.82) — due 2026-04-01T23:59:59-07:00');
    expect(checklist).toContain('determined_at');
    expect(checklist).toContain('Not legal advice');
  });
});

describe('secbook incident render (drafts only)', () => {
  test('CR/LF in the title or organisation name never adds an email header; HTML is escaped', async () => {
    const evilWorkbook = WORKBOOK_YAML.replace('legal_name: Acme Health Inc.', 'legal_name: "Acme\\r\\nBcc: leak@evil.example"');
    const evilIncident = BIG_INCIDENT_YAML.replace(
      'title: Patient portal export sent to the wrong mailing list',
      'title: "Breach\\r\\nBcc: attacker@evil.example\\nX-Injected: 1 <script>alert(1)</script>"',
    ).replace('what_happened: An export', 'what_happened: <script>alert(1)</script> An export');
    const cwd = await project(evilIncident, evilWorkbook);
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: ENV });
    expect(r.code).toBe(0);
    const emls = (await readdir(OUT(cwd), { recursive: true })).map(String).filter((f) => f.endsWith('.eml'));
    expect(emls.length).toBeGreaterThanOrEqual(5);
    for (const name of emls) {
      const raw = await readFile(join(OUT(cwd), name), 'utf8');
      const mail = await simpleParser(raw);
      expect({ name, headers: [...mail.headers.keys()].sort() }).toEqual({ name, headers: ['content-type', 'date', 'from', 'message-id', 'mime-version', 'subject'] });
      // The subject is written for the recipient: the organisation's name, not the internal title.
      expect(mail.subject).toMatch(/^\[DRAFT\] /);
      expect(mail.subject).toContain('Bcc: leak@evil.example');
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.from?.value[0]?.address).toBe('privacy@acme.example');
      // The body is the letter: no drafting box, no internal fields.
      expect(mail.text).not.toContain('Not legal advice');
      expect(mail.text).not.toContain('INC-2026-001: ');
      expect(mail.html).toContain('&lt;script&gt;');
    }
    const html = await readFile(DRAFT(cwd, 'ca-residents', 'html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(await draftFiles(cwd)).not.toContain('ca-residents-draft.pdf');
    // No links to PDFs that were not printed.
    expect(await readFile(join(OUT(cwd), 'index.html'), 'utf8')).not.toContain('.pdf"');
  });

  test('missing facts become marked placeholders, never invented; follow-up variant', async () => {
    const bare = `format: 1\norganisation:\n  name: Tiny Clinic\n`;
    const cwd = await project('title: Lost laptop\ndiscovered_at: 2026-03-01T10:00:00Z\nrole: { hipaa: covered_entity, gdpr: controller }\ndata_categories: [health]\nencrypted: no\naffected: { CA: { count: 12 }, EU: { count: 3 } }\naware_at: 2026-03-01T10:00:00Z\n', bare);
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf', '--phase', 'follow-up'], { cwd, env: ENV });
    expect(r.code).toBe(0);
    const hipaa = await readFile(DRAFT(cwd, 'hipaa-individuals', 'html'), 'utf8');
    expect(hipaa).toContain('[[TO FILL: toll-free telephone number]]');
    expect(hipaa).toContain('[[TO FILL: public description of what happened]]');
    expect(hipaa).toContain('[[TO FILL: date or date range of the breach]]');
    expect(hipaa).not.toMatch(/800/);
    // 15 people: the annual HHS log, not the contemporaneous report.
    const files = await draftFiles(cwd);
    expect(files).toContain('hipaa-hhs-log-draft.html');
    expect(files).not.toContain('hipaa-hhs-draft.html');
    // The GDPR authority notice is unknown (risk not assessed) and still drafted, as a follow-up.
    const gdpr = await readFile(DRAFT(cwd, 'gdpr-authority', 'html'), 'utf8');
    expect(gdpr).toContain('follow-up');
    expect(gdpr).toContain('Required: <strong>unknown</strong>');
    expect(gdpr).toContain('[[TO FILL: name of the DPO or contact point]]');
  });

  test('a team template in templates/notices/ replaces the built-in one by name', async () => {
    const cwd = await project(BIG_INCIDENT_YAML);
    await mkdir(join(cwd, 'templates', 'notices'), { recursive: true });
    await writeFile(join(cwd, 'templates', 'notices', 'ca-residents.hbs'), '{{#> notice-layout}}<h1>Our own notice for {{element "org_name"}}</h1>{{/notice-layout}}');
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: ENV });
    expect(r.code).toBe(0);
    const html = await readFile(DRAFT(cwd, 'ca-residents', 'html'), 'utf8');
    expect(html).toContain('<h1>Our own notice for Acme Health Inc.</h1>');
    expect(html).toContain('Not legal advice');
    expect(await readFile(DRAFT(cwd, 'tx-residents', 'html'), 'utf8')).toContain('Notice of Data Breach');
  });

  test('a notice template is strict: an unknown field is an error at file:line:col, nothing blank', async () => {
    const cwd = await project(BIG_INCIDENT_YAML);
    await mkdir(join(cwd, 'templates', 'notices'), { recursive: true });
    await writeFile(join(cwd, 'templates', 'notices', 'ca-residents.hbs'), '{{#> notice-layout}}\n<p>Call {{f.org_fax}}</p>{{/notice-layout}}');
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/templates\/notices\/ca-residents\.hbs:2:\d+ field "org_fax" is not defined here/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
