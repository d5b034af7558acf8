/**
 * Who must be told of a personal-data breach, by when, under each framework in scope.
 * Deadlines and citations come only from the cited statutes and rules (checked against the
 * regulation text where graded [P]); rows from secondary sources say "verify".
 * Not legal advice: the plan says so next to the table.
 */
import type { FrameworkDecision } from '../../domain/frameworks.js';
import type { Scope } from '../../domain/workbook-schema.js';

export interface NotificationRow {
  framework: string;
  notify: string;
  when: string;
  deadline: string;
  citation: string;
  verify: boolean;
}

/** Last checked against breach-notification.md. */
export const MATRIX_VERIFIED = '2026-11-29';

const STATES: Record<string, { name: string; residents: string; regulator: string; citation: string }> = {
  CO: { name: 'Colorado', residents: 'within 30 days after determination of the breach', regulator: 'Attorney General within 30 days if 500 or more residents are affected', citation: 'Colo. Rev. Stat. (breach-notice statute)' },
  FL: { name: 'Florida', residents: 'within 30 days after determination (+15 days for good cause)', regulator: 'Dept. of Legal Affairs within 30 days if 500 or more residents are affected', citation: 'Fla. Stat. 501.171' },
  TX: { name: 'Texas', residents: 'within 60 days after determination of the breach', regulator: 'Attorney General within 30 days if 250 or more residents are affected', citation: 'Tex. Bus. & Com. Code 521.053' },
  NY: { name: 'New York', residents: 'within 30 days after discovery (since December 2024)', regulator: 'Attorney General and other agencies incl. NYDFS (list unverified)', citation: 'N.Y. Gen. Bus. Law 899-aa' },
  WA: { name: 'Washington', residents: 'within 30 days after discovery', regulator: 'Attorney General within 30 days if more than 500 residents are affected', citation: 'RCW 19.255.010' },
};

export function notificationMatrix(frameworks: FrameworkDecision[], scope: Scope): NotificationRow[] {
  const applies = new Set(frameworks.filter((f) => f.applies).map((f) => f.id));
  const rows: NotificationRow[] = [];
  const processorOnly = scope.gdpr_role === 'processor';
  for (const fw of ['gdpr', 'uk_gdpr'] as const) {
    if (!applies.has(fw)) continue;
    const name = fw === 'gdpr' ? 'GDPR' : 'UK GDPR';
    const authority = fw === 'gdpr' ? 'Lead supervisory authority' : 'Information Commissioner\'s Office (ICO)';
    if (scope.gdpr_role === 'processor' || scope.gdpr_role === 'both') {
      rows.push({ framework: name, notify: 'The controller (as its processor)', when: 'Any personal-data breach at a processor', deadline: 'Without undue delay (the processing contract may set hours)', citation: `${name} Art. 33(2)`, verify: false });
    }
    if (!processorOnly) {
      rows.push({ framework: name, notify: authority, when: 'Unless the breach is unlikely to result in a risk to people\'s rights and freedoms', deadline: 'Without undue delay and, where feasible, within 72 hours of becoming aware; a late notice gives reasons', citation: `${name} Art. 33(1)`, verify: fw === 'uk_gdpr' });
      rows.push({ framework: name, notify: 'Affected individuals', when: 'Breach likely to result in a high risk (exceptions in Art. 34(3))', deadline: 'Without undue delay', citation: `${name} Art. 34`, verify: false });
    }
  }
  if (applies.has('hipaa')) {
    const role = scope.hipaa_role;
    if (role === 'business_associate' || role === 'both') {
      rows.push({ framework: 'HIPAA', notify: 'The covered entity (as its business associate)', when: 'Breach of unsecured PHI', deadline: 'Without unreasonable delay, no later than 60 days after discovery', citation: '45 CFR 164.410', verify: false });
    }
    if (role !== 'business_associate') {
      rows.push(
        { framework: 'HIPAA', notify: 'Affected individuals', when: 'Breach of unsecured PHI', deadline: 'Without unreasonable delay, no later than 60 calendar days after discovery', citation: '45 CFR 164.404', verify: false },
        { framework: 'HIPAA', notify: 'Prominent media in the State', when: 'More than 500 residents of one State or jurisdiction', deadline: 'No later than 60 calendar days after discovery', citation: '45 CFR 164.406', verify: false },
        { framework: 'HIPAA', notify: 'HHS', when: '500 or more individuals', deadline: 'At the same time as the individuals', citation: '45 CFR 164.408', verify: false },
        { framework: 'HIPAA', notify: 'HHS (annual log)', when: 'Fewer than 500 individuals', deadline: 'Within 60 days after the end of the calendar year of discovery', citation: '45 CFR 164.408', verify: false },
      );
    }
  }
  const states = new Set(scope.us_states ?? []);
  if (applies.has('ccpa') || scope.california_consumers || states.has('CA')) {
    rows.push(
      { framework: 'California', notify: 'Affected California residents ("Notice of Data Breach")', when: 'Breach of their personal information', deadline: 'Within 30 calendar days of discovery or notification of the breach', citation: 'Cal. Civ. Code 1798.82', verify: false },
      { framework: 'California', notify: 'Attorney General (sample copy)', when: 'More than 500 California residents notified', deadline: 'Within 15 calendar days of notifying consumers', citation: 'Cal. Civ. Code 1798.82', verify: true },
    );
  }
  for (const code of Object.keys(STATES)) {
    const s = STATES[code]!;
    if (!states.has(code as never)) continue;
    rows.push(
      { framework: s.name, notify: `Affected ${s.name} residents`, when: 'Breach of their personal information', deadline: s.residents, citation: s.citation, verify: true },
      { framework: s.name, notify: 'State regulator', when: 'Threshold in the deadline column', deadline: s.regulator, citation: s.citation, verify: true },
    );
  }
  return rows;
}
