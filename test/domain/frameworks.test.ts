/** Who is in scope (issue 21): Art. 3 tests, doing business in California, the dated threshold, PHI without a HIPAA role. */
import { describe, expect, it } from 'vitest';
import { decideFrameworks } from '../../src/domain/frameworks.js';
import { SCOPE_FIELDS } from '../../src/domain/scope-fields.js';
import { CCPA_REVENUE_THRESHOLD } from '../../src/domain/thresholds.js';
import type { Scope } from '../../src/domain/workbook-schema.js';

const decision = (scope: Scope, id: string) => {
  const d = decideFrameworks(scope).find((x) => x.id === id);
  if (!d) throw new Error(id);
  return d;
};

describe('framework decisions', () => {
  it('GDPR applies by establishment (Art. 3(1)) or by targeting/monitoring (Art. 3(2)), and says which', () => {
    expect(decision({ eu_establishment: true }, 'gdpr')).toMatchObject({ applies: true, reasons: ['you have an establishment in the EU/EEA (GDPR Art. 3(1))'] });
    expect(decision({ eu_personal_data: true, eu_establishment: false }, 'gdpr').reasons[0]).toBe('you offer goods or services to, or monitor, people in the EU/EEA (GDPR Art. 3(2)), without an establishment there');
    expect(decision({ eu_personal_data: false }, 'gdpr')).toMatchObject({ applies: false });
    expect(decision({ uk_establishment: true }, 'uk_gdpr').reasons[0]).toContain('UK GDPR Art. 3(1)');
  });

  it('asks the Art. 3 question, not "do you have their data"', () => {
    expect(SCOPE_FIELDS.eu_personal_data.question).toMatch(/establishment in the EU\/EEA, or offering goods or services to, or monitoring the behaviour of, people in the EU\/EEA\?$/);
    expect(SCOPE_FIELDS.california_consumers.question).toMatch(/does business in California and decides the purposes/);
  });

  it('takes the CCPA revenue threshold from one dated place, for the preceding calendar year', () => {
    expect(CCPA_REVENUE_THRESHOLD).toMatchObject({ usd: 26_625_000, period: '2025–2026', source: { grade: 'S', read: '2026-12-02' } });
    expect(SCOPE_FIELDS.ccpa_revenue_over_threshold.question).toBe('Was your annual gross revenue above USD 26,625,000 in the preceding calendar year (CCPA threshold for 2025–2026)?');
    const ccpa = decision({ california_consumers: true, ccpa_revenue_over_threshold: true }, 'ccpa');
    expect(ccpa.applies).toBe(true);
    expect(ccpa.reasons).toContain('annual gross revenue above USD 26,625,000 in the preceding calendar year (Cal. Civ. Code 1798.140(d)(1)(A), amount for 2025–2026)');
  });

  it('a service provider that is not a CCPA business is told its items come through its contracts', () => {
    const d = decision({ california_consumers: false, ccpa_service_provider: true }, 'ccpa');
    expect(d.applies).toBe(false);
    expect(d.reasons[0]).toContain('as a service provider the service-provider items apply');
  });

  it('PHI with no HIPAA role points to the FTC Health Breach Notification Rule', () => {
    const d = decision({ phi: true, hipaa_role: 'none' }, 'hipaa');
    expect(d.applies).toBe(false);
    expect(d.reasons[0]).toContain('FTC Health Breach Notification Rule (16 CFR Part 318, as amended in 2024)');
  });
});
