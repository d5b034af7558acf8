/**
 * Who must be told of a personal-data breach, by when, under each framework in scope.
 * GDPR, HIPAA and California rows are written out here; every other US state comes from the
 * rule data (src/incidents/rules/us) with its grade; rows from secondary sources say "verify".
 * Not legal advice: the plan says so next to the table.
 */
import type { FrameworkDecision } from '../../domain/frameworks.js';
import { STATE_LAWS } from '../rules/index.js';
import { periodText, thresholdText } from './breach-matrix.js';
import type { Scope } from '../../domain/workbook-schema.js';
import type { LawRows, NotificationRow } from '../../render/documents/context.js';

export type { NotificationRow } from '../../render/documents/context.js';

/** When the rows written out here (GDPR, HIPAA, California) were last checked. */
export const MATRIX_VERIFIED = '2026-11-29';

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
  // Every other state in scope comes from the rule data (src/incidents/rules/us), with its grade.
  for (const law of STATE_LAWS) {
    if (law.code === 'CA' || !states.has(law.code)) continue;
    const r = law.residents;
    rows.push({ framework: law.name, notify: `Affected ${law.name} residents`, when: 'Breach of their personal information', deadline: periodText(r.period) === 'unknown' ? `unknown — check ${law.statute}` : periodText(r.period), citation: r.citation ?? law.statute, verify: r.grade !== 'P' });
    const reg = law.regulator;
    if (reg === 'unknown') {
      rows.push({ framework: law.name, notify: 'State regulator', when: 'unknown', deadline: `unknown — check ${law.statute}`, citation: law.statute, verify: true });
    } else if (reg !== 'none') {
      const when = reg.threshold === 'unknown' ? 'threshold unknown' : thresholdText(reg.threshold);
      const deadline = periodText(reg.period) === 'unknown' ? `unknown — check ${law.statute}` : periodText(reg.period);
      rows.push({ framework: law.name, notify: reg.name, when, deadline, citation: reg.citation ?? law.statute, verify: reg.grade !== 'P' });
    }
  }
  return rows;
}

/** What the incident-response plan's notification section is given (see DocContext.law). */
export const LAW_ROWS: LawRows = { rows: notificationMatrix, verified: MATRIX_VERIFIED };
