/**
 * Which privacy frameworks apply, and why: GDPR and UK GDPR by their Art. 3 territorial tests,
 * CCPA by doing business in California plus one of the 1798.140(d) thresholds, HIPAA by role
 * (45 CFR 160.103). A framework the user forces on or off wins, and the decision records that
 * it was forced.
 */
import type { Scope } from './workbook-schema.js';
import { CCPA_REVENUE_THRESHOLD, formatUsd } from './thresholds.js';
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
      return scope.eu_personal_data || scope.eu_establishment
        ? { applies: true, reasons: [territorial('EU/EEA', 'GDPR', scope.eu_establishment)] }
        : { applies: false, reasons: [scope.eu_personal_data === false ? 'no EU/EEA establishment and no offering to or monitoring of people in the EU/EEA (GDPR Art. 3)' : 'GDPR Art. 3 question not answered'] };
    case 'uk_gdpr':
      return scope.uk_personal_data || scope.uk_establishment
        ? { applies: true, reasons: [territorial('UK', 'UK GDPR', scope.uk_establishment)] }
        : { applies: false, reasons: [scope.uk_personal_data === false ? 'no UK establishment and no offering to or monitoring of people in the UK (UK GDPR Art. 3)' : 'UK GDPR Art. 3 question not answered'] };
    case 'ccpa': {
      if (!scope.california_consumers) {
        // A service provider is bound by its contracts and 1798.140(ag), not as a "business".
        const sp = scope.ccpa_service_provider ? '; as a service provider the service-provider items apply through your contracts' : '';
        return { applies: false, reasons: [`${scope.california_consumers === false ? 'not a business doing business in California (Cal. Civ. Code 1798.140(d))' : 'doing business in California not answered'}${sp}`] };
      }
      const met: string[] = [];
      if (scope.ccpa_revenue_over_threshold) met.push(`annual gross revenue above ${formatUsd(CCPA_REVENUE_THRESHOLD)} in the preceding calendar year (Cal. Civ. Code 1798.140(d)(1)(A), amount for ${CCPA_REVENUE_THRESHOLD.period})`);
      if (scope.ccpa_100k_consumers) met.push('buys, sells or shares personal information of 100,000+ consumers or households');
      if (scope.ccpa_half_revenue_from_selling) met.push('50 % or more of revenue from selling or sharing personal information');
      return met.length > 0
        ? { applies: true, reasons: ['for-profit business doing business in California', ...met] }
        : { applies: false, reasons: ['does business in California, but none of the three CCPA thresholds is met'] };
    }
    case 'hipaa': {
      const role = scope.hipaa_role;
      if (scope.phi && role && role !== 'none') {
        const label = role === 'both' ? 'covered entity and business associate' : role.replace('_', ' ');
        return { applies: true, reasons: [`you handle protected health information as a ${label} (45 CFR 160.103)`] };
      }
      if (scope.phi && role === 'none') {
        return { applies: false, reasons: ['health information handled outside HIPAA (neither covered entity nor business associate): the FTC Health Breach Notification Rule (16 CFR Part 318, as amended in 2024) may apply to health apps and similar services'] };
      }
      if (scope.phi) return { applies: false, reasons: ['PHI handled, but the HIPAA role is not answered'] };
      return { applies: false, reasons: [scope.phi === false ? 'no protected health information' : 'PHI not answered'] };
    }
  }
}

function territorial(where: string, law: string, establishment: boolean | undefined): string {
  if (establishment === true) return `you have an establishment in the ${where} (${law} Art. 3(1))`;
  const how = `you offer goods or services to, or monitor, people in the ${where} (${law} Art. 3(2))`;
  return establishment === false ? `${how}, without an establishment there` : how;
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
