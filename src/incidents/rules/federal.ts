/**
 * Regimes beyond the state breach laws: NIS2 Art. 23 (paragraphs 1, 3 and 4(a) read in the
 * directive's text [P]; 4(b)–(d) from summaries [S]), 23 NYCRR 500.17 [P] and SEC Form 8-K
 * Item 1.05 [S]. Whether they apply comes from the workbook scope (sector, size,
 * registrant, covered entity); the incident says whether the event qualifies.
 */
import type { Facts } from '../facts.js';
import type { Factor, NoticeRule } from '../rule-types.js';

export const FEDERAL_VERIFIED = '2026-12-02';

export type Nis2Entity = 'essential' | 'important' | 'none';

/**
 * NIS2 Art. 3 [S]: Annex I entities above the medium-enterprise ceilings are essential; other
 * Annex I or II entities of at least medium size are important. Size-agnostic cases (DNS,
 * TLD registries, trust services, designated entities) are not modelled: say so in the note.
 */
export function nis2Entity(f: Facts): Nis2Entity | undefined {
  const s = f.workbook?.scope;
  if (!s?.nis2_sector) return undefined;
  if (s.nis2_sector === 'none') return 'none';
  if (!s.nis2_size) return undefined;
  if (s.nis2_size === 'micro_small') return 'none';
  return s.nis2_sector === 'annex_i' && s.nis2_size === 'large' ? 'essential' : 'important';
}

function nis2Scope(f: Facts): Factor {
  const e = nis2Entity(f);
  if (e === undefined) return { value: 'unknown', missing: 'scope.nis2_sector and scope.nis2_size (workbook)' };
  if (e === 'none') return { value: 'no', reason: 'not an essential or important entity under NIS2 Art. 3 (sector or size) — size-agnostic designations are not modelled: check them' };
  const ms = f.workbook?.scope.nis2_member_state;
  return { value: 'yes', reason: `${e} entity under NIS2 Art. 3${ms ? ` reporting in ${ms}` : ''}` };
}

function nis2Significant(f: Facts): Factor {
  const s = f.incident.nis2?.significant;
  if (s === 'yes') return { value: 'yes', reason: 'significant incident (NIS2 Art. 23(3))' };
  if (s === 'no') return { value: 'no', reason: 'not a significant incident (NIS2 Art. 23(3))' };
  return { value: 'unknown', missing: 'nis2.significant' };
}

const yesNo = (v: boolean | undefined, field: string, yes: string, no: string): Factor =>
  v === undefined ? { value: 'unknown', missing: field } : v ? { value: 'yes', reason: yes } : { value: 'no', reason: no };

/** Regimes whose scope question the workbook has not answered (not assessed, said so in the output). */
export function federalNotAssessed(f: Facts): string[] {
  const s = f.workbook?.scope;
  const out: string[] = [];
  if (s?.nis2_sector === undefined) out.push('NIS2 Art. 23 (answer scope.nis2_sector, nis2_size and nis2_member_state)');
  if (s?.nydfs_covered_entity === undefined) out.push('23 NYCRR 500.17 (answer scope.nydfs_covered_entity)');
  if (s?.sec_registrant === undefined) out.push('SEC Form 8-K Item 1.05 (answer scope.sec_registrant)');
  return out;
}

/** The rules of the regimes whose scope question is answered. */
export function federalRulesFor(f: Facts): NoticeRule[] {
  const s = f.workbook?.scope;
  return federalRules().filter((r) =>
    r.id.startsWith('nis2-') ? s?.nis2_sector !== undefined : r.id.startsWith('nydfs-') ? s?.nydfs_covered_entity !== undefined : s?.sec_registrant !== undefined,
  );
}

export function federalRules(): NoticeRule[] {
  const nis2 = { jurisdiction: 'EU', regulation: 'NIS2', source: 'secondary', last_verified: FEDERAL_VERIFIED, audience: 'csirt', email: false, template: 'regulator' } as const;
  const nis2Factors = (f: Facts): Factor[] => [nis2Scope(f), nis2Significant(f)];
  const to = 'the CSIRT or competent authority of your member state';
  return [
    {
      ...nis2,
      id: 'nis2-early-warning',
      citation: 'Directive (EU) 2022/2555 Art. 23(4)(a)',
      title: `NIS2 early warning to ${to}`,
      source: 'primary',
      clock: { kind: 'hours', trigger: 'awareness', hours: 24 },
      notes: [
        'Significant incident (Art. 23(3)) [P]: it caused or can cause severe operational disruption or financial loss to you, or considerable material or non-material damage to others.',
        'Say, where applicable, whether unlawful or malicious acts are suspected and whether it could have a cross-border impact [P].',
        'Where appropriate, tell the recipients of your services without undue delay when the incident is likely to affect the service (Art. 23(1)) [P].',
      ],
      factors: nis2Factors,
    },
    {
      ...nis2,
      id: 'nis2-notification',
      citation: 'Directive (EU) 2022/2555 Art. 23(4)(b)',
      title: `NIS2 incident notification to ${to}`,
      clock: { kind: 'hours', trigger: 'awareness', hours: 72 },
      notes: ['Update the early warning with an initial assessment (severity, impact, indicators of compromise where available) [S].', 'An intermediate report is due when the CSIRT or authority asks for one (Art. 23(4)(c)) [S].'],
      factors: nis2Factors,
    },
    {
      ...nis2,
      id: 'nis2-final-report',
      citation: 'Directive (EU) 2022/2555 Art. 23(4)(d)',
      title: `NIS2 final report to ${to}`,
      clock: { kind: 'months', trigger: 'consumer_notice', months: 1, after: 'nis2-notification' },
      notes: ['Detailed description, type of threat or root cause, mitigation applied and ongoing, cross-border impact [S]. If the incident is still ongoing, a progress report instead and the final report within one month of handling it [S].'],
      factors: nis2Factors,
    },
    {
      id: 'nydfs-superintendent',
      jurisdiction: 'NY',
      regulation: 'NYDFS Cybersecurity Regulation',
      citation: '23 NYCRR 500.17(a)',
      audience: 'financial_regulator',
      title: 'Notify the NYDFS superintendent (electronic form on the department\'s website)',
      source: 'primary',
      last_verified: FEDERAL_VERIFIED,
      clock: { kind: 'hours', trigger: 'cyber_determination', hours: 72 },
      email: false,
      template: 'regulator',
      notes: ['Covers incidents at the covered entity, its affiliates or a third-party service provider; answer the superintendent\'s requests and keep updating with material changes (500.17(a)(2)) [P].'],
      factors: (f) => [
        yesNo(f.workbook?.scope.nydfs_covered_entity, 'scope.nydfs_covered_entity (workbook)', 'covered entity under 23 NYCRR Part 500', 'not a covered entity under 23 NYCRR Part 500'),
        f.incident.nydfs?.determined_at ? { value: 'yes', reason: 'a cybersecurity incident was determined to have occurred' } : { value: 'unknown', missing: 'nydfs.determined_at (when you determined a cybersecurity incident occurred)' },
      ],
    },
    {
      id: 'sec-8k-item-1-05',
      jurisdiction: 'US',
      regulation: 'SEC Form 8-K',
      citation: 'Form 8-K Item 1.05 (Release 33-11216)',
      audience: 'securities_regulator',
      title: 'File a Form 8-K under Item 1.05 (material cybersecurity incident)',
      source: 'secondary',
      last_verified: FEDERAL_VERIFIED,
      clock: { kind: 'business_days', trigger: 'materiality', days: 4, zone: 'America/New_York' },
      email: false,
      template: 'regulator',
      notes: [
        'Describe the material aspects of the nature, scope and timing of the incident and its material or reasonably likely material impact [S].',
        'A delay is possible only when the US Attorney General finds a substantial risk to national security or public safety and tells the SEC in writing [S].',
        'Business days exclude weekends and US federal holidays (5 U.S.C. 6103) [S]; EDGAR filing hours are not modelled — file well before the end of the day.',
      ],
      factors: (f) => {
        const m = f.incident.sec?.material;
        return [
          yesNo(f.workbook?.scope.sec_registrant, 'scope.sec_registrant (workbook)', 'SEC registrant', 'not an SEC registrant'),
          m === 'yes' ? { value: 'yes', reason: 'determined to be material' } : m === 'no' ? { value: 'no', reason: 'determined not to be material (Item 8.01 may still be used voluntarily)' } : { value: 'unknown', missing: 'sec.material' },
        ];
      },
    },
  ];
}
