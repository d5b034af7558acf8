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

describe('secbook incident render (with PDFs)', () => {
  beforeAll(() => {
    ensureBrowser();
  });

  test('a packet for every required or unknown notice, with the required content', async () => {
    const cwd = await project(BIG_INCIDENT_YAML);
    const r = await runCli(['incident', 'render', 'INC-2026-001'], { cwd, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = (await readdir(OUT(cwd))).sort();
    for (const id of ['gdpr-authority', 'gdpr-data-subjects', 'hipaa-individuals', 'hipaa-media-CA', 'hipaa-hhs', 'ca-residents', 'ca-regulator', 'tx-residents']) {
      expect(files).toContain(`${id}.html`);
      expect(files).toContain(`${id}.pdf`);
    }
    // Authorities get forms (no .eml); people, media and regulators by email.
    expect(files).not.toContain('gdpr-authority.eml');
    expect(files).not.toContain('hipaa-hhs.eml');
    expect(files).toContain('ca-residents.eml');
    expect(files).toContain('hipaa-individuals.eml');
    // Not required: no draft.
    expect(files).not.toContain('tx-regulator.html');
    expect(files).not.toContain('hipaa-hhs-log.html');
    expect(files).toEqual(expect.arrayContaining(['index.html', 'timeline.svg', 'checklist.md', 'assessment.json']));

    const caPdf = await readPdf(join(OUT(cwd), 'ca-residents.pdf'));
    const ca = caPdf.text;
    for (const heading of ['Notice of Data Breach', 'What Happened?', 'What Information Was Involved?', 'What We Are Doing.', 'What You Can Do.', 'For More Information.']) {
      expect(ca).toContain(heading);
    }
    expect(ca).toContain('Social Security numbers');
    expect(ca).toContain('identity theft prevention and mitigation services at no cost');
    expect(ca).toMatch(/Equifax .*TO FILL/);
    expect(ca).toContain('Not legal advice');
    // 10 pt comes back from the PDF as 9.9975 (float scaling): allow that rounding only.
    expect(caPdf.minFontPt).toBeGreaterThan(9.99);

    const hipaa = (await readPdf(join(OUT(cwd), 'hipaa-individuals.pdf'))).text;
    // 164.404(c): what happened with both dates, PHI types, steps, what we do, contact incl. toll-free.
    expect(hipaa).toContain('Date of the breach: on or about February 27, 2026');
    expect(hipaa).toContain('Date we discovered it: March 2, 2026');
    expect(hipaa).toContain('types of unsecured protected health information involved: names, Social Security numbers, health information');
    // Headings and their text (a page break may fall between them).
    expect(hipaa).toMatch(/What you should do .*Watch your statements/);
    expect(hipaa).toMatch(/What we are doing .*We recalled the message/);
    expect(hipaa).toContain('toll-free at +1 800 555 0199');
    expect(hipaa).toContain('privacy@acme.example');

    const gdpr = (await readPdf(join(OUT(cwd), 'gdpr-authority.pdf'))).text;
    for (const part of ['(a) Nature of the breach', '(b) Data protection officer or other contact point', '(c) Likely consequences', '(d) Measures taken or proposed']) {
      expect(gdpr).toContain(part);
    }
    expect(gdpr).toContain('initial notification');
    expect(gdpr).toContain('Dana Lee');
    expect(gdpr).toContain('Approximate number of data subjects concerned: approximately 630');

    const subjects = await readFile(join(OUT(cwd), 'gdpr-data-subjects.html'), 'utf8');
    for (const part of ['Who to contact', 'What this may mean for you', 'What we are doing', 'dpo@acme.example']) expect(subjects).toContain(part);

    const index = await readFile(join(OUT(cwd), 'index.html'), 'utf8');
    expect(index).toContain('<svg');
    expect(index).toContain('Due: gdpr-authority');
    expect(index).toContain('<a href="ca-residents.pdf">PDF</a>');
    const checklist = await readFile(join(OUT(cwd), 'checklist.md'), 'utf8');
    // 2026-03-02 (PST) + 30 days = 2026-04-01, PDT.
    expect(checklist).toContain('Send ca-residents: Notify affected California residents (California breach law Cal. Civ. Code 1798.82) — due 2026-04-01T23:59:59-07:00');
    expect(checklist).toContain('determined_at');
    expect(checklist).toContain('Not legal advice');
  });
});

describe('secbook incident render (drafts only)', () => {
  test('CR/LF in the title or organisation name never adds an email header; HTML is escaped', async () => {
    const evilWorkbook = WORKBOOK_YAML.replace('name: Acme Health Ltd', 'name: "Acme\\r\\nBcc: leak@evil.example"');
    const evilIncident = BIG_INCIDENT_YAML.replace(
      'title: Patient portal export sent to the wrong mailing list',
      'title: "Breach\\r\\nBcc: attacker@evil.example\\nX-Injected: 1 <script>alert(1)</script>"',
    );
    const cwd = await project(evilIncident, evilWorkbook);
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: ENV });
    expect(r.code).toBe(0);
    const emls = (await readdir(OUT(cwd))).filter((f) => f.endsWith('.eml'));
    expect(emls.length).toBeGreaterThanOrEqual(5);
    for (const name of emls) {
      const raw = await readFile(join(OUT(cwd), name), 'utf8');
      const mail = await simpleParser(raw);
      expect({ name, headers: [...mail.headers.keys()].sort() }).toEqual({ name, headers: ['content-type', 'date', 'from', 'message-id', 'mime-version', 'subject'] });
      expect(mail.subject).toContain('Bcc: attacker@evil.example');
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.from?.value[0]?.address).toBe('privacy@acme.example');
      expect(mail.text).toContain('Not legal advice');
      expect(mail.html).toContain('&lt;script&gt;');
    }
    const html = await readFile(join(OUT(cwd), 'ca-residents.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(await readdir(OUT(cwd))).not.toContain('ca-residents.pdf');
    // No links to PDFs that were not printed.
    expect(await readFile(join(OUT(cwd), 'index.html'), 'utf8')).not.toContain('.pdf"');
  });

  test('missing facts become marked placeholders, never invented; follow-up variant', async () => {
    const bare = `format: 1\norganisation:\n  name: Tiny Clinic\n`;
    const cwd = await project('title: Lost laptop\ndiscovered_at: 2026-03-01T10:00:00Z\nrole: { hipaa: covered_entity, gdpr: controller }\ndata_categories: [health]\nencrypted: no\naffected: { CA: { count: 12 }, EU: { count: 3 } }\naware_at: 2026-03-01T10:00:00Z\n', bare);
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf', '--phase', 'follow-up'], { cwd, env: ENV });
    expect(r.code).toBe(0);
    const hipaa = await readFile(join(OUT(cwd), 'hipaa-individuals.html'), 'utf8');
    expect(hipaa).toContain('[[TO FILL: toll-free telephone number (required)]]');
    expect(hipaa).toContain('[[TO FILL: brief description of what happened]]');
    expect(hipaa).toContain('[[TO FILL: date of the breach]]');
    expect(hipaa).not.toMatch(/800/);
    // 15 people: the annual HHS log, not the contemporaneous report.
    const files = await readdir(OUT(cwd));
    expect(files).toContain('hipaa-hhs-log.html');
    expect(files).not.toContain('hipaa-hhs.html');
    // The GDPR authority notice is unknown (risk not assessed) and still drafted, as a follow-up.
    const gdpr = await readFile(join(OUT(cwd), 'gdpr-authority.html'), 'utf8');
    expect(gdpr).toContain('follow-up');
    expect(gdpr).toContain('Required: <strong>unknown</strong>');
    expect(gdpr).toContain('[[TO FILL: name of the DPO or contact point]]');
  });

  test('a team template in templates/notices/ replaces the built-in one by name', async () => {
    const cwd = await project(BIG_INCIDENT_YAML);
    await mkdir(join(cwd, 'templates', 'notices'), { recursive: true });
    await writeFile(join(cwd, 'templates', 'notices', 'ca-residents.hbs'), '{{#> notice-layout}}<h1>Our own notice for {{fill org.name "org"}}</h1>{{/notice-layout}}');
    const r = await runCli(['incident', 'render', 'INC-2026-001', '--no-pdf'], { cwd, env: ENV });
    expect(r.code).toBe(0);
    const html = await readFile(join(OUT(cwd), 'ca-residents.html'), 'utf8');
    expect(html).toContain('<h1>Our own notice for Acme Health Ltd</h1>');
    expect(html).toContain('Not legal advice');
    expect(await readFile(join(OUT(cwd), 'tx-residents.html'), 'utf8')).toContain('Notice of Data Breach');
  });
});
