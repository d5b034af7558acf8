/**
 * Which privacy frameworks apply, and why: CCPA thresholds (Cal. Civ. Code 1798.140(d)),
 * HIPAA roles (45 CFR 160.103), GDPR territorial scope (GDPR Art. 3). A framework the user
 * forces on or off wins, and the decision records that it was forced.
 */
import type { Scope } from './workbook-schema.js';
import { FRAMEWORKS, type Framework } from './scope-fields.js';
import type { ScopeFacts } from './condition.js';

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  gdpr: 'GDPR (EU)',
  uk_gdpr: 'UK GDPR',
  ccpa: 'CCPA/CPRA (California)',
  hipaa: 'HIPAA',
};

export interface FrameworkDecision {
  id: Framework;
  name: string;
  applies: boolean;
  /** The answers that decided it, in words. */
  reasons: string[];
  forced?: 'on' | 'off';
}

function decide(id: Framework, scope: Scope): { applies: boolean; reasons: string[] } {
  switch (id) {
    case 'gdpr':
      return scope.eu_personal_data
        ? { applies: true, reasons: ['you process personal data of people in the EU/EEA (GDPR Art. 3)'] }
        : { applies: false, reasons: [scope.eu_personal_data === false ? 'no EU/EEA personal data' : 'EU/EEA personal data not answered'] };
    case 'uk_gdpr':
      return scope.uk_personal_data
        ? { applies: true, reasons: ['you process personal data of people in the UK'] }
        : { applies: false, reasons: [scope.uk_personal_data === false ? 'no UK personal data' : 'UK personal data not answered'] };
    case 'ccpa': {
      if (!scope.california_consumers) {
        return { applies: false, reasons: [scope.california_consumers === false ? 'no California consumers' : 'California consumers not answered'] };
      }
      const met: string[] = [];
      if (scope.ccpa_revenue_over_threshold) met.push('annual gross revenue above USD 26,625,000 (Cal. Civ. Code 1798.140(d)(1)(A))');
      if (scope.ccpa_100k_consumers) met.push('buys, sells or shares personal information of 100,000+ consumers or households');
      if (scope.ccpa_half_revenue_from_selling) met.push('50 % or more of revenue from selling or sharing personal information');
      return met.length > 0
        ? { applies: true, reasons: ['for-profit business with California consumers', ...met] }
        : { applies: false, reasons: ['California consumers, but none of the three CCPA thresholds is met'] };
    }
    case 'hipaa': {
      const role = scope.hipaa_role;
      if (scope.phi && role && role !== 'none') {
        const label = role === 'both' ? 'covered entity and business associate' : role.replace('_', ' ');
        return { applies: true, reasons: [`you handle protected health information as a ${label} (45 CFR 160.103)`] };
      }
      if (scope.phi) return { applies: false, reasons: ['PHI handled, but role answered as neither covered entity nor business associate'] };
      return { applies: false, reasons: [scope.phi === false ? 'no protected health information' : 'PHI not answered'] };
    }
  }
}

/** One decision per framework, forced on/off respected and recorded. */
export function decideFrameworks(scope: Scope): FrameworkDecision[] {
  return FRAMEWORKS.map((id) => {
    const { applies, reasons } = decide(id, scope);
    const forced = scope.force?.[id];
    if (forced) {
      const why = scope.force_reason ? `: ${scope.force_reason}` : '';
      return {
        id,
        name: FRAMEWORK_NAMES[id],
        applies: forced === 'on',
        forced,
        reasons: [`forced ${forced} in the workbook${why}`, ...reasons.map((r) => `(answers alone: ${r})`)],
      };
    }
    return { id, name: FRAMEWORK_NAMES[id], applies, reasons };
  });
}

/** Facts for `when:` conditions: the scope answers plus the derived `frameworks` and `us_residents`. */
export function scopeFacts(scope: Scope): ScopeFacts {
  const frameworks = decideFrameworks(scope).filter((d) => d.applies).map((d) => d.id);
  return { ...scope, frameworks, us_residents: (scope.us_states?.length ?? 0) > 0 };
}
