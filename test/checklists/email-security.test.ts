/**
 * The built-in email-security checklist: it validates, cites a source on every item, covers
 * every section and bullet of the seed article (../shared/seed/email-security-checklist.txt),
 * and its language and library sections apply only when the scope names them.
 */
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ID_PATTERN, isWellFormedRef, type Checklist, type Item, type Section } from '../../src/domain/checklist-schema.js';
import { evaluateCondition } from '../../src/domain/condition.js';
import { scopeFacts } from '../../src/domain/frameworks.js';
import type { Scope } from '../../src/domain/workbook-schema.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';

const CHECKLIST_DIR = fileURLToPath(new URL('../../checklists/', import.meta.url));
const FILE_NAME = 'email-security.yaml';
const SEED = new URL('../../../shared/seed/email-security-checklist.txt', import.meta.url);

const CORE_SECTIONS = [
  'email.auth',
  'email.encryption',
  'email.access',
  'email.input',
  'email.coding',
  'email.vendors',
  'email.monitoring',
  'email.compliance',
  'email.incident',
  'email.maintenance',
];
const CONDITIONAL_SECTIONS = [
  'email.lang-python',
  'email.lang-php',
  'email.lang-node',
  'email.lib-phpmailer',
  'email.lib-nodemailer',
  'email.lib-django',
];

/**
 * Every numbered section of the seed article, and what each of its lines became. A key is
 * the whole line, or a prefix when it ends in "…". A line may map to several items. Lines in
 * `ignore` are introductions or table headers, not advice.
 */
interface SeedArea {
  section: string;
  lines: Record<string, string | string[]>;
  ignore: string[];
}

const SEED_AREAS: Record<string, SeedArea> = {
  '1. Authentication Protocols: Your First Line of Defense': {
    section: 'email.auth',
    ignore: ['Implementing robust authentication protocols is crucial…', 'Email Authentication Setup Instructions'],
    lines: {
      'Set up SPF (Sender Policy Framework)': 'email.auth.spf-record',
      'Define authorized sending servers in your DNS records': 'email.auth.spf-record',
      'Example SPF record: v=spf1 ip4:192.0.2.0/24 include:_spf.google.com ~all': ['email.auth.spf-record', 'email.auth.spf-all'],
      'Implement DKIM (DomainKeys Identified Mail)': 'email.auth.dkim-signing',
      'Generate and add DKIM keys to your DNS': ['email.auth.dkim-key-size', 'email.auth.dkim-selectors'],
      'Ensure your email sending service signs outgoing emails': 'email.auth.dkim-signing',
      'Configure DMARC (Domain-based Message Authentication, Reporting, and Conformance)': 'email.auth.dmarc-record',
      'Start with a monitoring policy: v=DMARC1; p=none; rua=mailto:…': ['email.auth.dmarc-record', 'email.auth.dmarc-reports'],
      'Gradually tighten the policy as you gain confidence in your setup': ['email.auth.dmarc-enforcement', 'email.auth.dmarc-alignment'],
      'Enable MTA-STS (SMTP MTA Strict Transport Security)': 'email.auth.mta-sts',
      'Create an MTA-STS policy file and host it at…': 'email.auth.mta-sts',
      'Add the corresponding DNS record: _mta-sts…': 'email.auth.mta-sts',
      'Pro Tip: Use online tools like MXToolbox to verify your authentication setup.': 'email.auth.verification',
    },
  },
  '2. Encryption and Data Protection: Securing the Envelope': {
    section: 'email.encryption',
    ignore: ['Protecting your data both in transit and at rest is non-negotiable. Follow these steps:'],
    lines: {
      'When using tools like our PDF generator API, ensure all communications are encrypted…': 'email.encryption.https-apis',
      'Enforce TLS for SMTP connections': 'email.encryption.smtp-tls',
      'Configure your mail server to use TLS 1.2 or higher': 'email.encryption.tls-min-version',
      'Regularly update TLS certificates': 'email.encryption.certificates',
      'Implement end-to-end encryption for sensitive emails': 'email.encryption.e2e',
      'Consider using PGP or S/MIME for highly confidential communications': 'email.encryption.e2e',
      'Educate recipients on how to use encrypted emails': 'email.encryption.e2e',
      'Use secure protocols for API communications': 'email.encryption.https-apis',
      'Always use HTTPS for web-based email interfaces and API calls': 'email.encryption.https-apis',
      'Implement certificate pinning in mobile apps': 'email.encryption.cert-pinning',
      'Encrypt stored email data at rest': 'email.encryption.at-rest',
      'Use strong encryption algorithms (e.g., AES-256) for databases and file systems': 'email.encryption.at-rest',
      'Ensure proper key management practices': 'email.encryption.key-management',
      'Remember: Encryption is only as strong as its weakest link…': 'email.encryption.audit',
    },
  },
  '3. Access Control and Authentication: Guarding the Gates': {
    section: 'email.access',
    ignore: ['Robust access control prevents unauthorized access…', 'Measure', 'Implementation', 'Benefit'],
    lines: {
      'Strong Passwords': 'email.access.passwords',
      'Enforce complex password policies': 'email.access.passwords',
      'Prevents brute-force attacks': 'email.access.passwords',
      'Two-Factor Authentication (2FA)': 'email.access.mfa',
      'Enable 2FA for all email accounts': 'email.access.mfa',
      'Adds an extra layer of security': 'email.access.mfa',
      'OAuth 2.0 for APIs': 'email.access.oauth-apis',
      'Use token-based authentication for API access': 'email.access.oauth-apis',
      'Improves security and user experience': 'email.access.oauth-apis',
      'Regular Access Audits': 'email.access.reviews',
      'Review and update access permissions quarterly': 'email.access.reviews',
      'Maintains principle of least privilege': ['email.access.least-privilege', 'email.access.offboarding'],
    },
  },
  '4. Input Validation and Sanitization: Trust No One': {
    section: 'email.input',
    ignore: ['Treat all input as potentially malicious…'],
    lines: {
      'Validate email addresses': 'email.input.address-validation',
      'Use a robust email validation library appropriate for your programming language': 'email.input.address-validation',
      'Implement both syntax checking and domain validation': 'email.input.address-validation',
      'Consider using a two-step verification process for critical systems': 'email.input.double-opt-in',
      'Sanitize all user inputs': ['email.input.sanitize', 'email.input.header-injection'],
      'Use trusted input sanitization libraries specific to your tech stack': 'email.input.sanitize',
      'Implement strict whitelisting for allowed HTML tags and attributes': 'email.input.sanitize',
      'Be particularly cautious with inputs that will be displayed to other users': 'email.input.shown-to-others',
      'Implement content filtering for attachments': 'email.input.attachment-scanning',
      'Scan attachments for malware using reputable anti-virus software': 'email.input.attachment-scanning',
      'Restrict file types based on your use case (e.g., only allow .pdf, .docx)': 'email.input.attachment-limits',
      'Set maximum file size limits to prevent denial of service attacks': 'email.input.attachment-limits',
      'Use parameterized queries for dynamic content': 'email.input.parameterized-queries',
      'Prevent SQL injection attacks by using prepared statements in your database queries': 'email.input.parameterized-queries',
      'Never concatenate user input directly into queries': 'email.input.parameterized-queries',
      'Use Object-Relational Mapping (ORM) tools when possible for an additional layer of protection': 'email.input.parameterized-queries',
      'Best Practice: Always validate and sanitize on the server side…': 'email.input.server-side',
    },
  },
  '5. Secure Coding Practices: Building a Solid Foundation': {
    section: 'email.coding',
    ignore: ['Security starts with your code. Follow these best practices:'],
    lines: {
      'Follow secure coding guidelines': 'email.coding.owasp-top10',
      "Adhere to OWASP's Top 10 security risks": 'email.coding.owasp-top10',
      'Use static code analysis tools': 'email.coding.static-analysis',
      'Regularly update and patch': ['email.coding.dependency-updates', 'email.coding.patching'],
      'Set up automated dependency updates': 'email.coding.dependency-updates',
      'Have a process for quickly applying security patches': 'email.coding.patching',
      'Implement proper error handling': ['email.coding.generic-errors', 'email.coding.secure-logging'],
      'Use generic error messages for users': 'email.coding.generic-errors',
      'Log detailed errors securely for debugging': 'email.coding.secure-logging',
      'Conduct regular code reviews': 'email.coding.code-review',
      'Use pair programming for security-critical code': 'email.coding.code-review',
      'Implement a formal code review process': 'email.coding.code-review',
      "Remember: Security is everyone's responsibility…": 'email.maintenance.training',
      'Ensure your email designs meet security standards by following our HTML email checklist.': 'email.coding.template-security',
    },
  },
  '6. Third-Party Integration Security: Securing the Weakest Link': {
    section: 'email.vendors',
    ignore: ['Third-party services can introduce vulnerabilities…'],
    lines: {
      'Vet third-party email service providers': ['email.vendors.vetting', 'email.vendors.providers-vetted'],
      'Review their security practices and compliance certifications': 'email.vendors.vetting',
      'Check for any history of security incidents': 'email.vendors.vetting',
      'Implement API rate limiting': 'email.vendors.rate-limiting',
      'Set reasonable limits to prevent abuse': 'email.vendors.rate-limiting',
      'Monitor for unusual spikes in API usage': 'email.vendors.rate-limiting',
      'Regularly rotate API keys and secrets': ['email.vendors.key-rotation', 'email.vendors.key-rotation-days'],
      'Implement a process for periodic key rotation': 'email.vendors.key-rotation',
      'Revoke unused or compromised keys immediately': 'email.vendors.key-revocation',
      'Monitor third-party access and usage': 'email.vendors.access-monitoring',
      'Set up alerts for unusual activity': 'email.vendors.access-monitoring',
      'Regularly audit third-party access logs': 'email.vendors.access-monitoring',
      'Pro Tip: Create a vendor security assessment questionnaire…': 'email.vendors.questionnaire',
      'When integrating external tools like our drag and drop PDF builder, conduct regular security audits…':
        'email.vendors.questionnaire',
    },
  },
  '7. Monitoring and Logging: Stay Vigilant': {
    section: 'email.monitoring',
    ignore: ['Effective monitoring and logging are your early warning systems…'],
    lines: {
      'Set up real-time monitoring for email traffic': 'email.monitoring.realtime',
      'Implement alerts for unusual patterns or volumes': 'email.monitoring.realtime',
      'Monitor delivery rates and bounce reasons': 'email.monitoring.delivery-bounces',
      'Use SIEM tools for comprehensive logging': 'email.monitoring.siem',
      'Centralize logs from all email-related systems': 'email.monitoring.siem',
      'Implement log retention policies compliant with regulations': ['email.monitoring.log-retention', 'email.monitoring.log-retention-days'],
      'Conduct regular log analysis': 'email.monitoring.log-analysis',
      'Perform automated log analysis for quick threat detection': 'email.monitoring.log-analysis',
      'Schedule periodic manual reviews to identify subtle patterns': 'email.monitoring.log-analysis',
      'Establish baseline metrics': 'email.monitoring.baselines',
      'Define normal email activity patterns for your organization': 'email.monitoring.baselines',
      'Set up anomaly detection based on these baselines': 'email.monitoring.baselines',
      'Implement intrusion detection systems (IDS)': 'email.monitoring.ids',
      'Configure IDS specifically for email-related threats': 'email.monitoring.ids',
      'Regularly update IDS rules to catch emerging attack vectors': 'email.monitoring.ids',
      'Best Practice: Create a security dashboard…': 'email.monitoring.dashboard',
    },
  },
  '8. Compliance and Data Privacy: Navigating the Regulatory Landscape': {
    section: 'email.compliance',
    ignore: ['Ensure your email practices comply with relevant regulations:', 'Regulation', 'Key Requirements', 'Action Items'],
    lines: {
      GDPR: 'email.compliance.data-mapping',
      'Data protection and user rights': 'email.compliance.subject-access',
      'Implement data mapping, provide user data access': ['email.compliance.data-mapping', 'email.compliance.subject-access'],
      CCPA: 'email.compliance.ccpa-opt-out',
      'Consumer privacy rights': 'email.compliance.ccpa-opt-out',
      'Enable easy opt-out, secure data handling': ['email.compliance.ccpa-opt-out', 'email.compliance.ccpa-secure-handling'],
      HIPAA: 'email.compliance.hipaa-phi',
      'Healthcare data protection': 'email.compliance.hipaa-phi',
      'Encrypt PHI, implement access controls': 'email.compliance.hipaa-phi',
      'Implement data retention and deletion policies': 'email.compliance.retention-policy',
      'Provide clear opt-out mechanisms in all emails': 'email.compliance.opt-out',
      'Maintain documentation of security measures and policies': 'email.compliance.security-documentation',
      'Important: Consult with legal experts…': 'email.compliance.security-documentation',
    },
  },
  '9. Incident Response and Recovery: Hope for the Best, Prepare for the Worst': {
    section: 'email.incident',
    ignore: ['Be ready to act when security incidents occur:'],
    lines: {
      'Develop an email security incident response plan': 'email.incident.plan',
      'Define roles and responsibilities': ['email.incident.roles', 'email.incident.contacts'],
      'Establish communication protocols': 'email.incident.communication-protocols',
      'Implement regular backup procedures': 'email.incident.backups',
      'Use the 3-2-1 backup rule: 3 copies, 2 different media, 1 off-site': 'email.incident.backups',
      'Regularly test restore procedures': ['email.incident.restore-tests', 'email.incident.last-restore-test'],
      'Conduct tabletop exercises': ['email.incident.tabletop', 'email.incident.last-tabletop'],
      'Simulate various security scenarios': 'email.incident.tabletop',
      'Identify and address gaps in your response plan': 'email.incident.tabletop',
      'Have a communication plan for security breaches': 'email.incident.timely-communication',
      'Prepare templates for user notifications': 'email.incident.notification-templates',
      'Establish a process for timely and transparent communication': 'email.incident.timely-communication',
      'Remember: The goal is not just to recover, but to learn…': 'email.incident.lessons-learned',
    },
  },
  '10. Keeping Your Email Security Up-to-Date': {
    section: 'email.maintenance',
    ignore: ['Security is an ongoing process. Stay informed and adapt:', 'Implementing this comprehensive checklist…'],
    lines: {
      'Subscribe to security mailing lists and blogs': 'email.maintenance.mailing-lists',
      'Attend security conferences and webinars': 'email.maintenance.community',
      'Participate in developer forums focused on email security': 'email.maintenance.community',
      'Conduct regular security training for your team': 'email.maintenance.training',
      'Start by prioritizing the most critical items…': 'email.maintenance.periodic-review',
    },
  },
};

/** The language part of the seed: each heading, the sections it became, and its tips by label. */
const SEED_LANGUAGES: Record<string, { sections: string[]; tips: Record<string, string[]> }> = {
  'Python: Security Considerations': {
    sections: ['email.lang-python'],
    tips: {
      'TLS Encryption': ['email.lang-python.smtp-tls'],
      'Sanitize User Inputs': ['email.lang-python.sanitize'],
      'Avoid Hardcoding Credentials': ['email.lang-python.credentials'],
    },
  },
  'PHP: Security Best Practices': {
    sections: ['email.lang-php'],
    tips: {
      'Prevent Header Injection': ['email.lang-php.header-injection'],
      'Use Prepared Statements': ['email.lang-php.prepared-statements'],
      'Limit Email Sending Rate': ['email.lang-php.rate-limit'],
      'SPF, DKIM, and DMARC': ['email.lang-php.auth-support'],
    },
  },
  'JavaScript: Security for Node.js and Frontend Frameworks': {
    sections: ['email.lang-node'],
    tips: {
      'API Rate Limiting': ['email.lang-node.rate-limit'],
      'HTTPS for API Requests': ['email.lang-node.https'],
      'Cross-Site Scripting (XSS) Prevention': ['email.lang-node.sanitize'],
      'OAuth for Authentication': ['email.lang-node.oauth'],
    },
  },
  'Email Libraries and Frameworks': {
    sections: ['email.lib-phpmailer', 'email.lib-nodemailer', 'email.lib-django'],
    tips: {
      'PHPMailer and SwiftMailer (PHP)': ['email.lib-phpmailer.tls-auth', 'email.lib-phpmailer.input', 'email.lib-phpmailer.versions'],
      'Nodemailer (JavaScript)': ['email.lib-nodemailer.tls', 'email.lib-nodemailer.oauth2', 'email.lib-nodemailer.headers'],
      'Django Email Framework (Python)': [
        'email.lib-django.tls',
        'email.lib-django.credentials',
        'email.lib-django.dkim',
      ],
    },
  },
};

const LANGUAGE_START = 'Email Security Best Practices for Different Programming Languages';
const LANGUAGE_END = 'Prevent Data Leaks by Mastering These Essential Email Security Steps';

function keyMatches(key: string, line: string): boolean {
  return key.endsWith('…') ? line.startsWith(key.slice(0, -1)) : line === key;
}

const asList = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

let tmp: string;
let checklist: Checklist;
let itemIds: Set<string>;
let seedLines: string[];

function section(id: string): Section {
  const found = checklist.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function items(): Item[] {
  return checklist.sections.flatMap((s) => s.items);
}

function item(id: string): Item {
  const found = items().find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

beforeAll(async () => {
  // Only this file: other built-in checklists are edited concurrently and may be mid-change.
  tmp = await mkdtemp(join(tmpdir(), 'secbook-email-checklist-'));
  await copyFile(join(CHECKLIST_DIR, FILE_NAME), join(tmp, FILE_NAME));
  const set = await loadChecklists({ cwd: process.cwd(), builtInDir: tmp });
  const loaded = set.checklists.find((c) => c.checklist.id === 'email-security');
  if (!loaded) throw new Error('email-security checklist not loaded');
  checklist = loaded.checklist;
  itemIds = new Set(set.items.keys());
  seedLines = (await readFile(SEED, 'utf8'))
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('email-security checklist: validity', () => {
  it('loads through the schema and set checks, with the expected sections in order', () => {
    expect(checklist.title).toBe('Email security');
    expect(checklist.sections.map((s) => s.id)).toEqual([...CORE_SECTIONS, ...CONDITIONAL_SECTIONS]);
  });

  it('has unique, well-formed item ids prefixed by their section id', () => {
    const all = items();
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(itemIds.size).toBe(all.length);
    for (const s of checklist.sections) {
      for (const i of s.items) {
        expect(i.id, i.id).toMatch(ID_PATTERN);
        expect(i.id.startsWith(`${s.id}.`), `${i.id} is in ${s.id}`).toBe(true);
      }
    }
  });

  it('cites at least one well-formed reference on every item', () => {
    for (const i of items()) {
      expect(i.refs.length, i.id).toBeGreaterThanOrEqual(1);
      for (const ref of i.refs) expect(isWellFormedRef(ref), `${i.id}: ${ref}`).toBe(true);
    }
  });

  it('has a realistic size, required items and answer types beyond status', () => {
    const all = items();
    expect(all.length).toBeGreaterThanOrEqual(70);
    expect(all.length).toBeLessThanOrEqual(120);
    const required = all.filter((i) => i.required);
    expect(required.length).toBeGreaterThanOrEqual(8);
    expect(required.length).toBeLessThanOrEqual(14);
    for (const i of required) {
      if (i.type === 'status') expect(i.policy, `${i.id} needs a policy sentence`).toBeTruthy();
    }
    const types = new Set(all.map((i) => i.type));
    for (const t of ['status', 'text', 'choice', 'multi', 'date', 'number', 'contacts']) expect(types).toContain(t);
    expect(item('email.encryption.tls-min-version').type).toBe('choice');
    expect(item('email.incident.last-restore-test').type).toBe('date');
    expect(item('email.incident.last-tabletop').type).toBe('date');
    expect(item('email.incident.contacts').type).toBe('contacts');
    expect(item('email.auth.dkim-selectors').type).toBe('text');
    expect(item('email.vendors.providers-vetted').type).toBe('multi');
    expect(item('email.vendors.key-rotation-days')).toMatchObject({ type: 'number', unit: 'days' });
  });

  it('tags the items other documents pick', () => {
    const tagged = (tag: string) => items().filter((i) => i.tags?.includes(tag)).map((i) => i.id);
    expect(tagged('doc:retention')).toEqual(
      expect.arrayContaining(['email.monitoring.log-retention', 'email.compliance.retention-policy']),
    );
    expect(tagged('doc:vendor')).toEqual(expect.arrayContaining(section('email.vendors').items.map((i) => i.id)));
    expect(tagged('doc:incident')).toEqual(expect.arrayContaining(section('email.incident').items.map((i) => i.id)));
  });

  it('gives the record shapes and pitfalls for the DNS authentication items', () => {
    const text = (id: string) => Object.values(item(id).guidance).join(' ');
    expect(text('email.auth.spf-record')).toContain('v=spf1');
    expect(item('email.auth.spf-lookups').refs).toContain('RFC 7208 §4.6.4');
    expect(text('email.auth.spf-all')).toContain('+all');
    expect(text('email.auth.parked-domains')).toContain('v=spf1 -all');
    expect(text('email.auth.dkim-key-size')).toContain('2048');
    expect(text('email.auth.dkim-rotation')).toContain('p=');
    expect(text('email.auth.dmarc-record')).toContain('v=DMARC1');
    expect(text('email.auth.dmarc-record')).toMatch(/pct/);
    expect(text('email.auth.dmarc-reports')).toContain('._report._dmarc.');
    expect(text('email.auth.mta-sts')).toContain('/.well-known/mta-sts.txt');
    expect(text('email.auth.mta-sts')).toContain('v=STSv1');
    expect(text('email.auth.mta-sts')).toMatch(/redirect/);
    expect(text('email.auth.tls-rpt')).toContain('v=TLSRPTv1');
  });

  it('does not reuse ids of the other built-in checklists', async () => {
    const mine = new Set([...checklist.sections.map((s) => s.id), ...items().map((i) => i.id)]);
    const names = (await readdir(CHECKLIST_DIR)).filter((n) => /\.ya?ml$/.test(n) && n !== FILE_NAME);
    for (const name of names) {
      let data: unknown;
      try {
        data = parse(await readFile(join(CHECKLIST_DIR, name), 'utf8'));
      } catch {
        continue; // another checklist being edited: its own tests report it
      }
      const other = data as { id?: unknown; sections?: { id?: unknown; items?: { id?: unknown }[] }[] } | null;
      expect(other?.id, name).not.toBe('email-security');
      for (const s of other?.sections ?? []) {
        expect(mine.has(String(s.id)), `${name} reuses section ${String(s.id)}`).toBe(false);
        for (const i of s.items ?? []) expect(mine.has(String(i.id)), `${name} reuses item ${String(i.id)}`).toBe(false);
      }
    }
  });
});

describe('email-security checklist: seed coverage', () => {
  it('maps every numbered seed section to a section with at least three items', () => {
    const headings = seedLines.filter((l) => /^\d+\. /.test(l));
    expect(headings).toEqual(Object.keys(SEED_AREAS));
    for (const [heading, area] of Object.entries(SEED_AREAS)) {
      expect(section(area.section).items.length, heading).toBeGreaterThanOrEqual(3);
    }
  });

  it('maps every line of every seed section to existing items, leaving nothing unaccounted for', () => {
    const headings = Object.keys(SEED_AREAS);
    const end = seedLines.indexOf(LANGUAGE_START);
    expect(end).toBeGreaterThan(0);
    headings.forEach((heading, n) => {
      const area = SEED_AREAS[heading]!;
      const start = seedLines.indexOf(heading);
      const next = n + 1 < headings.length ? seedLines.indexOf(headings[n + 1]!) : end;
      const body = seedLines.slice(start + 1, next);
      const keys = Object.keys(area.lines);
      for (const line of body) {
        const mapped = keys.filter((k) => keyMatches(k, line));
        const ignored = area.ignore.some((k) => keyMatches(k, line));
        expect(mapped.length + (ignored ? 1 : 0), `seed line in "${heading}" is not accounted for: ${line}`).toBe(1);
      }
      for (const [key, target] of Object.entries(area.lines)) {
        expect(body.some((line) => keyMatches(key, line)), `stale table entry: ${key}`).toBe(true);
        for (const id of asList(target)) expect(itemIds.has(id), `${key} → ${id}`).toBe(true);
      }
      for (const key of area.ignore) expect(body.some((line) => keyMatches(key, line)), `stale ignore entry: ${key}`).toBe(true);
    });
  });

  it('maps every language heading and tip to the language and library sections', () => {
    const start = seedLines.indexOf(LANGUAGE_START);
    const end = seedLines.indexOf(LANGUAGE_END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const found = new Map<string, string[]>();
    let current: string | undefined;
    for (const line of seedLines.slice(start + 1, end)) {
      if (line in SEED_LANGUAGES) {
        current = line;
        found.set(line, []);
        continue;
      }
      const tip = /^([^:]{3,60}): \S/.exec(line);
      if (!tip) continue;
      expect(current, `tip before any language heading: ${line}`).toBeDefined();
      found.get(current!)!.push(tip[1]!);
    }
    expect([...found.keys()]).toEqual(Object.keys(SEED_LANGUAGES));
    for (const [heading, { sections, tips }] of Object.entries(SEED_LANGUAGES)) {
      expect(found.get(heading), heading).toEqual(Object.keys(tips));
      for (const id of sections) expect(section(id).when, `${id} is conditional`).toBeDefined();
      for (const [tip, ids] of Object.entries(tips)) {
        for (const id of ids) {
          expect(itemIds.has(id), `${tip} → ${id}`).toBe(true);
          expect(sections.some((s) => id.startsWith(`${s}.`)), `${id} belongs to ${sections.join(' or ')}`).toBe(true);
        }
      }
    }
  });
});

describe('email-security checklist: conditions', () => {
  const applies = (id: string, scope: Scope) => evaluateCondition(section(id).when, scopeFacts(scope));
  const itemApplies = (id: string, scope: Scope) => evaluateCondition(item(id).when, scopeFacts(scope));

  it('always shows the ten core sections', () => {
    for (const id of CORE_SECTIONS) {
      expect(section(id).when, id).toBeUndefined();
      expect(applies(id, {}), id).toBe(true);
    }
  });

  it('shows no language or library section for an empty scope', () => {
    for (const id of CONDITIONAL_SECTIONS) expect(applies(id, {}), id).toBe(false);
  });

  it('shows the PHP section, and not the Node or Python ones, for a PHP team', () => {
    const scope: Scope = { languages: ['php'] };
    expect(applies('email.lang-php', scope)).toBe(true);
    expect(applies('email.lang-node', scope)).toBe(false);
    expect(applies('email.lang-python', scope)).toBe(false);
    expect(applies('email.lang-node', { languages: ['node', 'go'] })).toBe(true);
    expect(applies('email.lang-python', { languages: ['python'] })).toBe(true);
  });

  it('shows each library section for its libraries only', () => {
    expect(applies('email.lib-phpmailer', { libraries: ['phpmailer'] })).toBe(true);
    expect(applies('email.lib-phpmailer', { libraries: ['swiftmailer'] })).toBe(true);
    expect(applies('email.lib-phpmailer', { libraries: ['symfony_mailer'] })).toBe(false);
    expect(applies('email.lib-nodemailer', { libraries: ['nodemailer'] })).toBe(true);
    expect(applies('email.lib-nodemailer', { libraries: ['phpmailer'] })).toBe(false);
    expect(applies('email.lib-django', { libraries: ['django_email'] })).toBe(true);
    expect(applies('email.lib-django', { libraries: ['smtplib'] })).toBe(false);
  });

  it('shows scope-dependent items only when the scope calls for them', () => {
    expect(itemApplies('email.input.attachment-scanning', {})).toBe(false);
    expect(itemApplies('email.input.attachment-scanning', { accepts_attachments: true })).toBe(true);
    expect(itemApplies('email.encryption.cert-pinning', { mobile_apps: true })).toBe(true);
    expect(itemApplies('email.encryption.cert-pinning', { mobile_apps: false })).toBe(false);
    expect(itemApplies('email.compliance.hipaa-phi', { phi: true, hipaa_role: 'covered_entity' })).toBe(true);
    expect(itemApplies('email.compliance.hipaa-phi', { phi: false })).toBe(false);
    expect(itemApplies('email.compliance.subject-access', { eu_personal_data: true })).toBe(true);
    expect(itemApplies('email.compliance.ccpa-opt-out', { eu_personal_data: true })).toBe(false);
  });
});
