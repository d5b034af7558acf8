/**
 * The shipped compliance checklists (gdpr, ccpa, hipaa, incident-response): they load,
 * cite their sources, link to what they mean elsewhere, apply to the right organisations,
 * and state no legal deadline the domain notes do not contain.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { isWellFormedRef, type Item } from '../../src/domain/checklist-schema.js';
import type { ChecklistSet } from '../../src/domain/checklist-set.js';
import { checkCondition, evaluateCondition } from '../../src/domain/condition.js';
import { decideFrameworks, scopeFacts } from '../../src/domain/frameworks.js';
import type { Scope } from '../../src/domain/workbook-schema.js';
import { InvalidFileError } from '../../src/errors.js';
import { loadChecklists } from '../../src/storage/load-checklists.js';

const COMPLIANCE = ['gdpr', 'ccpa', 'hipaa', 'incident-response'] as const;

let set: ChecklistSet;
beforeAll(async () => {
  set = await loadChecklists({ cwd: process.cwd() });
});

function checklist(id: string) {
  const found = set.checklists.find((c) => c.checklist.id === id);
  if (!found) throw new Error(`checklist ${id} not loaded`);
  return found.checklist;
}

function itemsOf(id: string): Item[] {
  return checklist(id).sections.flatMap((s) => s.items);
}

/** Applicable item ids per checklist id: checklist, section and item `when` all hold. */
function applicable(scope: Scope): Record<string, string[]> {
  const facts = scopeFacts(scope);
  const out: Record<string, string[]> = {};
  for (const { checklist: c } of set.checklists) {
    if (!evaluateCondition(c.when, facts)) continue;
    for (const section of c.sections) {
      if (!evaluateCondition(section.when, facts)) continue;
      for (const item of section.items) {
        if (evaluateCondition(item.when, facts)) (out[c.id] ??= []).push(item.id);
      }
    }
  }
  return out;
}

function counts(byChecklist: Record<string, string[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(byChecklist).map(([id, items]) => [id, items.length]));
}

function frameworksFor(scope: Scope): string[] {
  return decideFrameworks(scope).filter((d) => d.applies).map((d) => d.id);
}

describe('compliance checklists: structure', () => {
  it('load and validate together with every other shipped checklist', () => {
    const ids = set.checklists.map((c) => c.checklist.id);
    expect(ids).toEqual(expect.arrayContaining([...COMPLIANCE]));
  });

  it.each(COMPLIANCE)('%s has 15–35 items with weights 1–5 and a handful of required ones', (id) => {
    const items = itemsOf(id);
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.length).toBeLessThanOrEqual(35);
    for (const item of items) expect(item.weight).toSatisfy((w: number) => Number.isInteger(w) && w >= 1 && w <= 5);
    const required = items.filter((i) => i.required).length;
    expect(required).toBeGreaterThanOrEqual(3);
    expect(required).toBeLessThanOrEqual(12);
  });

  it('prefixes every section and item id with its checklist prefix', () => {
    const prefix: Record<string, string> = { gdpr: 'gdpr.', ccpa: 'ccpa.', hipaa: 'hipaa.', 'incident-response': 'ir.' };
    for (const id of COMPLIANCE) {
      for (const section of checklist(id).sections) {
        expect(section.id.startsWith(prefix[id]!), section.id).toBe(true);
        for (const item of section.items) expect(item.id.startsWith(`${section.id}.`), item.id).toBe(true);
      }
    }
  });

  it('cites at least one well-formed reference on every item of every checklist', () => {
    for (const { item } of set.items.values()) {
      expect(item.refs.length, item.id).toBeGreaterThanOrEqual(1);
      for (const ref of item.refs) expect(isWellFormedRef(ref), `${item.id}: ${ref}`).toBe(true);
    }
  });

  it('names only defined scope fields and values in every `when`', () => {
    for (const { checklist: c } of set.checklists) {
      const conditions = [c.when, ...c.sections.flatMap((s) => [s.when, ...s.items.map((i) => i.when)])];
      for (const cond of conditions) if (cond !== undefined) expect(checkCondition(cond)).toEqual([]);
    }
  });

  it('sets the framework and the whole-checklist condition', () => {
    expect(checklist('gdpr').framework).toBe('gdpr');
    expect(checklist('gdpr').when).toEqual({ frameworks: ['gdpr', 'uk_gdpr'] });
    // California's breach law (1798.82) binds every business with Californians' data, and a
    // service provider has its own items: the checklist shows for any of the three.
    expect(checklist('ccpa')).toMatchObject({ framework: 'ccpa', when: { any: [{ frameworks: 'ccpa' }, { us_states: 'CA' }, { ccpa_service_provider: true }] } });
    expect(checklist('hipaa')).toMatchObject({ framework: 'hipaa', when: { frameworks: 'hipaa' } });
    expect(checklist('incident-response').framework).toBeUndefined();
    expect(checklist('incident-response').when).toBeUndefined();
  });
});

describe('compliance checklists: the loader rejects an invalid `when`', () => {
  async function loadOne(yaml: string): Promise<unknown> {
    const dir = await mkdtemp(join(tmpdir(), 'secbook-checklist-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'bad.yaml'), yaml);
    return loadChecklists({ cwd: dir, builtInDir: dir }).then(
      () => undefined,
      (error: unknown) => error,
    );
  }
  const withWhen = (when: string) => `id: bad
title: Bad
version: "1"
sections:
  - id: bad.s
    title: S
    items:
      - id: bad.s.one
        question: Q?
        guidance: { why: w, how: h, verify: v }
        weight: 3
        refs: ["GDPR Art. 32(1)"]
        when: ${when}
`;

  it('refuses an unknown scope field, with file and line', async () => {
    const error = await loadOne(withWhen('{ is_in_eu: true }'));
    expect(error).toBeInstanceOf(InvalidFileError);
    const problems = (error as InvalidFileError).problems;
    expect(problems.some((p) => /unknown scope field "is_in_eu"/.test(p.message))).toBe(true);
    expect(problems[0]).toMatchObject({ file: 'bad.yaml', line: expect.any(Number) });
  });

  it('refuses a value the scope field does not have', async () => {
    const error = await loadOne(withWhen('{ gdpr_role: owner }'));
    expect(error).toBeInstanceOf(InvalidFileError);
    expect((error as InvalidFileError).problems.some((p) => /"owner" is not a value of scope field "gdpr_role"/.test(p.message))).toBe(true);
  });

  it('accepts the same file with a valid condition', async () => {
    expect(await loadOne(withWhen('{ gdpr_role: [controller, both] }'))).toBeUndefined();
  });
});

describe('compliance checklists: links', () => {
  it('link only to items that exist', () => {
    for (const { item } of set.items.values()) {
      for (const target of item.links ?? []) expect(set.items.has(target), `${item.id} → ${target}`).toBe(true);
    }
  });

  it('are symmetric in the loaded set', () => {
    for (const [a, targets] of set.links) {
      for (const b of targets) expect(set.links.get(b) ?? [], `${b} should link back to ${a}`).toContain(a);
    }
  });

  it('join each declared link in both directions', () => {
    for (const { item } of set.items.values()) {
      for (const target of item.links ?? []) {
        expect(set.links.get(item.id)).toContain(target);
        expect(set.links.get(target)).toContain(item.id);
      }
    }
  });

  it('link compliance items only to items of the same answer type, so one answer can stand for both', () => {
    for (const id of COMPLIANCE) {
      for (const item of itemsOf(id)) {
        for (const b of set.links.get(item.id) ?? []) expect(set.items.get(b)!.item.type, `${item.id} ↔ ${b}`).toBe(item.type);
      }
    }
  });

  it('join the items that mean the same thing across checklists', () => {
    const pairs: [string, string][] = [
      ['gdpr.security.encryption-transit', 'email.encryption.smtp-tls'],
      ['gdpr.security.encryption-rest', 'email.encryption.at-rest'],
      ['hipaa.encryption.transmission', 'email.encryption.smtp-tls'],
      ['hipaa.encryption.at-rest', 'email.encryption.at-rest'],
      ['gdpr.records.ropa', 'email.compliance.data-mapping'],
      ['ccpa.optout.marketing-email', 'email.compliance.opt-out'],
      ['ir.backups.last-restore-test', 'email.incident.last-restore-test'],
      ['ir.notification.templates', 'email.incident.notification-templates'],
      ['gdpr.breach.register', 'ir.notification.register'],
    ];
    for (const [a, b] of pairs) {
      expect(set.links.get(a), a).toContain(b);
      expect(set.links.get(b), b).toContain(a);
    }
  });

  it('connect each compliance checklist with the email-security checklist', () => {
    for (const id of ['gdpr', 'ccpa', 'hipaa', 'incident-response']) {
      const linked = itemsOf(id).flatMap((i) => set.links.get(i.id) ?? []);
      expect(linked.some((t) => t.startsWith('email.')), `${id} links to email.*`).toBe(true);
    }
  });
});

describe('compliance checklists: content', () => {
  it('asks for a named backup on every incident-response role', () => {
    const roles = checklist('incident-response').sections.find((s) => s.id === 'ir.roles')!;
    const ids = roles.items.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(['incident-lead', 'technical-lead', 'communications', 'legal', 'privacy-officer', 'executive-sponsor'].map((r) => `ir.roles.${r}`)),
    );
    for (const item of roles.items) {
      expect(item.type, item.id).toBe('contacts');
      expect(item.guidance.how, item.id).toMatch(/backup/i);
    }
  });

  it('keeps external contacts as contacts items and the dates as date items', () => {
    const external = checklist('incident-response').sections.find((s) => s.id === 'ir.external')!;
    for (const item of external.items) expect(item.type, item.id).toBe('contacts');
    for (const id of ['ir.backups.last-restore-test', 'ir.exercises.last-held', 'ir.exercises.next-due']) {
      expect(set.items.get(id)?.item.type, id).toBe('date');
    }
  });

  it('offers the tabletop scenarios from the domain notes', () => {
    const scenarios = set.items.get('ir.exercises.scenarios')!.item;
    expect(scenarios.type).toBe('multi');
    const values = (scenarios.choices ?? []).map((c) => (typeof c === 'string' ? c : c.value));
    expect(values).toEqual(['account-takeover', 'leaked-api-key', 'dkim-key-exposure', 'misdirected-pii', 'ransomware']);
  });

  it('tags every incident-response item doc:incident', () => {
    for (const item of itemsOf('incident-response')) expect(item.tags, item.id).toContain('doc:incident');
  });

  it('tags processor, service-provider and BAA items doc:vendor and retention items doc:retention', () => {
    for (const id of [
      'gdpr.vendors.processor-contracts',
      'gdpr.vendors.sub-processors',
      'gdpr.vendors.transfers',
      'ccpa.vendors.service-provider-contracts',
      'hipaa.vendors.baa-email-providers',
      'hipaa.vendors.ba-subcontractors',
    ]) {
      expect(set.items.get(id)?.item.tags, id).toContain('doc:vendor');
    }
    for (const id of ['gdpr.records.retention', 'ccpa.security.retention', 'hipaa.breach.documentation', 'hipaa.encryption.disposal']) {
      expect(set.items.get(id)?.item.tags, id).toContain('doc:retention');
    }
  });

  /**
   * Every "<n> hours/days/months/years" in the compliance checklists must be a period that
   * the statutes and rules cited in the checklists state:
   * - hours: 72 (GDPR Art. 33(1); UK GDPR). The 96-hour EU proposal is not law: not allowed.
   * - days: 10 (CCPA confirm receipt, business days), 15 (CA AG sample; CCPA opt-outs,
   *   business days; Florida good-cause extension), 30 (Cal. Civ. Code 1798.82, other states,
   *   45 CFR 164.412 oral delay, 1798.150 cure period), 45 (CCPA response and its single
   *   extension), 60 (45 CFR 164.404–410, Texas), 90 (HIPAA substitute notice).
   * - months: 12 (California identity-theft prevention services).
   * - years: 6 (HIPAA documentation retention).
   */
  const ALLOWED: Record<string, number[]> = { hour: [72], day: [10, 15, 30, 45, 60, 90], month: [12], year: [6] };
  const PERIOD = /(\d+)[- ](hours?|days?|business days|calendar days|months?|years?)\b/g;

  it('states no deadline that is not in the domain notes', () => {
    const found: string[] = [];
    for (const id of COMPLIANCE) {
      const c = checklist(id);
      const texts = [
        c.description ?? '',
        ...c.sections.flatMap((s) => [
          s.description ?? '',
          ...s.items.flatMap((i) => [i.question, i.guidance.why, i.guidance.how, i.guidance.verify, i.policy ?? '', i.statement ?? '']),
        ]),
      ];
      for (const text of texts) {
        for (const m of text.matchAll(PERIOD)) {
          const unit = m[2]!.replace(/^(business|calendar) /, '').replace(/s$/, '');
          found.push(`${m[1]} ${unit}`);
          expect(ALLOWED[unit], `unit in "${m[0]}"`).toBeDefined();
          expect(ALLOWED[unit], `"${m[0]}" in ${id}`).toContain(Number(m[1]));
        }
      }
    }
    // The scan must actually see the key deadlines, or the regex is broken.
    expect(found).toEqual(expect.arrayContaining(['72 hour', '30 day', '45 day', '10 day', '60 day']));
  });

  it('marks secondary-source facts for verification', () => {
    const text = (id: string) => JSON.stringify(set.items.get(id)!.item.guidance);
    // hipaa.breach.documentation left this list when 164.316(b)(2)(i) was read (issue 21).
    for (const id of ['gdpr.uk.ico-breach', 'ccpa.optout.timing', 'ccpa.breach.ag-sample', 'ir.notification.state-deadlines']) {
      expect(text(id), id).toMatch(/secondary source; verify/);
    }
  });
});

describe('compliance checklists: applicability for representative organisations', () => {
  it('an EU-only SaaS controller gets GDPR, not CCPA or HIPAA', () => {
    const scope: Scope = {
      eu_personal_data: true,
      uk_personal_data: false,
      gdpr_role: 'controller',
      california_consumers: false,
      phi: false,
      sends_marketing: false,
      providers: ['postmark'],
      languages: ['node'],
      libraries: ['nodemailer'],
      employees: 40,
    };
    expect(frameworksFor(scope)).toEqual(['gdpr']);
    const byChecklist = applicable(scope);
    expect(byChecklist.ccpa).toBeUndefined();
    expect(byChecklist.hipaa).toBeUndefined();
    // 21 with the Art. 27 representative item, shown until an EU establishment is confirmed.
    expect(counts(byChecklist)).toMatchObject({ gdpr: 21, 'incident-response': 32 });
    expect(byChecklist.gdpr).toContain('gdpr.governance.representative');
    expect(applicable({ ...scope, eu_establishment: true }).gdpr).not.toContain('gdpr.governance.representative');
    expect(byChecklist.gdpr).toEqual(expect.arrayContaining(['gdpr.breach.authority-72h', 'gdpr.breach.data-subjects', 'gdpr.breach.register']));
    // Processor-only, UK-only and marketing items stay out.
    for (const id of ['gdpr.breach.processor-notice', 'gdpr.vendors.sub-processors', 'gdpr.uk.ico-breach', 'gdpr.basis.consent-records']) {
      expect(byChecklist.gdpr).not.toContain(id);
    }
    expect(byChecklist['incident-response']).toContain('ir.external.supervisory-authority');
    expect(byChecklist['incident-response']).not.toContain('ir.notification.state-deadlines');
  });

  it('a GDPR processor gets the processor duties and not the controller-only ones', () => {
    const gdpr = applicable({ eu_personal_data: true, uk_personal_data: true, gdpr_role: 'processor' }).gdpr ?? [];
    expect(gdpr).toEqual(expect.arrayContaining(['gdpr.breach.processor-notice', 'gdpr.vendors.sub-processors', 'gdpr.breach.register', 'gdpr.uk.transfers']));
    expect(gdpr).not.toContain('gdpr.breach.authority-72h');
    expect(gdpr).not.toContain('gdpr.uk.ico-breach');
  });

  it('a US health-tech business associate gets the BA items, not the covered-entity ones', () => {
    const scope: Scope = {
      phi: true,
      hipaa_role: 'business_associate',
      eu_personal_data: false,
      california_consumers: true,
      ccpa_revenue_over_threshold: false,
      ccpa_100k_consumers: false,
      ccpa_half_revenue_from_selling: false,
      us_states: ['CA', 'NY', 'TX'],
      providers: ['ses'],
      employees: 120,
    };
    expect(frameworksFor(scope)).toEqual(['hipaa']);
    const byChecklist = applicable(scope);
    const hipaa = byChecklist.hipaa ?? [];
    expect(hipaa).toEqual(
      expect.arrayContaining(['hipaa.vendors.ba-subcontractors', 'hipaa.vendors.ba-obligations', 'hipaa.breach.ba-to-covered-entity', 'hipaa.breach.risk-assessment']),
    );
    const coveredEntityOnly = [
      'hipaa.vendors.baa-email-providers',
      'hipaa.breach.individual-notice',
      'hipaa.breach.notice-content',
      'hipaa.breach.substitute-notice',
      'hipaa.breach.media-notice',
      'hipaa.breach.hhs-notice',
      'hipaa.encryption.access-by-email',
    ];
    for (const id of coveredEntityOnly) expect(hipaa, id).not.toContain(id);
    expect(hipaa).not.toContain('hipaa.encryption.marketing-authorisation');
    expect(hipaa).toHaveLength(itemsOf('hipaa').length - coveredEntityOnly.length - 1);
    expect(byChecklist.gdpr).toBeUndefined();
    // Below the CCPA thresholds, but with California residents' data: only California's breach law.
    expect(byChecklist.ccpa).toEqual(itemsOf('ccpa').map((i) => i.id).filter((id) => id.startsWith('ccpa.breach.')));
    expect(byChecklist['incident-response']).toEqual(expect.arrayContaining(['ir.notification.state-deadlines', 'ir.external.state-attorneys-general']));
    expect(byChecklist['incident-response']).not.toContain('ir.external.supervisory-authority');
  });

  it('a covered entity gets the covered-entity items, not the BA ones', () => {
    const hipaa = applicable({ phi: true, hipaa_role: 'covered_entity' }).hipaa ?? [];
    expect(hipaa).toEqual(expect.arrayContaining(['hipaa.vendors.baa-email-providers', 'hipaa.breach.individual-notice', 'hipaa.breach.hhs-notice']));
    expect(hipaa).not.toContain('hipaa.breach.ba-to-covered-entity');
    expect(hipaa).not.toContain('hipaa.vendors.ba-subcontractors');
  });

  it('a California retailer above the revenue threshold gets CCPA', () => {
    const scope: Scope = {
      california_consumers: true,
      ccpa_revenue_over_threshold: true,
      eu_personal_data: false,
      phi: false,
      sends_marketing: true,
      us_states: ['CA'],
      providers: ['mailchimp', 'sendgrid'],
      employees: 300,
    };
    expect(frameworksFor(scope)).toEqual(['ccpa']);
    const byChecklist = applicable(scope);
    expect(byChecklist.ccpa).toEqual(itemsOf('ccpa').map((i) => i.id).filter((id) => !id.startsWith('ccpa.service-provider.')));
    expect(applicable({ ...scope, ccpa_service_provider: true }).ccpa).toContain('ccpa.service-provider.purpose-limits');
    // A service provider that is not itself a CCPA business gets its own items only.
    expect(applicable({ ccpa_service_provider: true }).ccpa).toEqual(['ccpa.service-provider.purpose-limits']);
    expect(byChecklist.gdpr).toBeUndefined();
    expect(byChecklist.hipaa).toBeUndefined();
    // Without marketing email, the marketing opt-out item drops out.
    expect(applicable({ ...scope, sends_marketing: false }).ccpa).not.toContain('ccpa.optout.marketing-email');
  });

  it('a small team under no framework gets only email-security and incident-response items', () => {
    const scope: Scope = {
      eu_personal_data: false,
      uk_personal_data: false,
      california_consumers: false,
      phi: false,
      sends_marketing: false,
      employees: 5,
    };
    expect(frameworksFor(scope)).toEqual([]);
    const byChecklist = applicable(scope);
    for (const id of Object.keys(byChecklist)) expect(['email-security', 'incident-response']).toContain(id);
    const ir = byChecklist['incident-response'] ?? [];
    expect(ir).toHaveLength(itemsOf('incident-response').length - 3);
    for (const id of ['ir.external.supervisory-authority', 'ir.external.state-attorneys-general', 'ir.notification.state-deadlines']) {
      expect(ir).not.toContain(id);
    }
  });
});
