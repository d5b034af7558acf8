/**
 * GDPR Articles 33 and 34 [P], and the UK GDPR's same rules with the ICO [S]. Without an EU
 * establishment there is no lead authority: EDPB Guidelines 9/2022 para. 73 [S, read
 * 2026-12-02 in summaries of the adopted text] — every authority where affected people live.
 * Each rule cites its Article and paragraph.
 */
import { gdprExceptions, gdprRisk, gdprRole, roleIs, threshold, totalAffected, type Facts } from '../facts.js';
import type { Factor, NoticeRule } from '../rule-types.js';

/**
 * Which authority the EU notice goes to, from the workbook's `eu_establishment` answer and
 * the incident's per-country counts.
 */
export function euAuthorityNotes(f: Facts): string[] {
  const established = f.workbook?.scope.eu_establishment;
  const countries = Object.entries(f.incident.affected_eu_countries ?? {}).filter(([, c]) => c.count === 'unknown' || c.count > 0);
  const list = countries.map(([code, c]) => `${code} (${c.count === 'unknown' ? 'count unknown' : `${c.count}${c.estimate ? ', estimate' : ''}`})`).join(', ');
  if (established === true) return ['You have an EU establishment: notify your lead supervisory authority (one-stop-shop, Art. 56(1)).'];
  const who =
    'Without an EU establishment there is no lead authority (an Art. 27 representative does not create one): notify the supervisory authority of every EU/EEA country where affected people live (EDPB Guidelines 9/2022, para. 73).';
  const where = list ? `Countries recorded: ${list} — one notice to each of their authorities.` : 'Record the affected people per country (affected_eu_countries, e.g. DE, FR) to list the authorities to notify.';
  if (established === false) return [who, where];
  return ['Whether you have an EU establishment is not answered (scope eu_establishment): with one, notify your lead authority; without one, every authority where affected people live.', ...(list ? [where] : [])];
}

export const GDPR_VERIFIED = '2026-11-29';

function riskFactor(f: Facts, need: 'risk' | 'high'): Factor {
  const r = gdprRisk(f);
  if (r === undefined) return { value: 'unknown', missing: 'risk.gdpr' };
  if (need === 'risk') {
    return r === 'none'
      ? { value: 'no', reason: 'assessed as unlikely to result in a risk to people (Art. 33(1)); still record it in the breach register (33(5))' }
      : { value: 'yes', reason: `assessed as ${r === 'high' ? 'high risk' : 'a risk'} to people's rights and freedoms` };
  }
  return r === 'high'
    ? { value: 'yes', reason: 'assessed as likely to result in a high risk to people (Art. 34(1))' }
    : { value: 'no', reason: `assessed as ${r === 'none' ? 'no risk' : 'a risk but not a high risk'}: Art. 34 needs a high risk` };
}

function exceptionFactor(f: Facts, art: string): Factor {
  const ex = gdprExceptions(f);
  if (ex.has('unintelligible')) {
    const why = f.incident.encrypted === 'yes' && f.incident.key_compromised === 'no' ? 'encrypted and the key was not compromised' : 'recorded as unintelligible';
    return { value: 'no', reason: `${art}(3)(a) exception: the data is unintelligible to the recipient (${why})` };
  }
  if (ex.has('measures_taken')) return { value: 'no', reason: `${art}(3)(b) exception: later measures mean the high risk is no longer likely` };
  if (ex.has('disproportionate_effort')) return { value: 'no', reason: `${art}(3)(c): individual notice would need disproportionate effort — a public communication is required instead` };
  return { value: 'yes', reason: `no Art. ${art}(3) exception recorded` };
}

/**
 * Art. 3 (territorial scope) [S]: with an establishment in the Union (3(1)) the regulation covers
 * the processing in its context wherever the people live, so everyone affected counts; without one
 * (3(2)) only people in the Union count. The workbook's scope.eu_establishment decides.
 */
export function gdprPeople(f: Facts, j: 'EU' | 'UK'): Factor {
  if (j !== 'EU' || f.workbook?.scope.eu_establishment !== true) return threshold(f, j, 'any');
  const all = totalAffected(f);
  if (all.count === 'unknown') return { value: 'unknown', missing: 'affected.<jurisdiction>.count (Art. 3(1): everyone affected counts)' };
  return all.count > 0
    ? { value: 'yes', reason: `${all.count.toLocaleString('en-US')} people affected in all; with an EU establishment GDPR covers all of them (Art. 3(1))` }
    : { value: 'no', reason: 'nobody recorded as affected' };
}

/** The notices one GDPR regime (EU or UK) may require. */
export function gdprRules(j: 'EU' | 'UK'): NoticeRule[] {
  const eu = j === 'EU';
  const regulation = eu ? 'GDPR' : 'UK GDPR';
  const prefix = eu ? 'gdpr' : 'uk-gdpr';
  const authority = eu ? 'the competent supervisory authority (lead authority, or each affected country\'s without an EU establishment)' : "the Information Commissioner's Office (ICO)";
  const source = eu ? 'primary' : 'secondary';
  const base = { jurisdiction: j, regulation, source, last_verified: GDPR_VERIFIED } as const;
  const controller = (f: Facts) => roleIs(gdprRole(f), 'controller', 'role.gdpr', 'you are a processor: tell the controller instead (Art. 33(2))');
  return [
    {
      ...base,
      id: `${prefix}-authority`,
      citation: 'Art. 33(1), 33(3)–(5)',
      audience: 'supervisory_authority',
      title: `Notify ${authority}`,
      clock: { kind: 'hours', trigger: 'awareness', hours: 72 },
      email: false,
      template: 'gdpr-authority',
      notes: [
        'Content: (a) nature, categories and approximate numbers of people and records; (b) DPO or contact point; (c) likely consequences; (d) measures taken or proposed (Art. 33(3)).',
        'What is not known yet may follow in phases without further undue delay (33(4)); a late notice must give the reasons for the delay.',
        ...(eu ? ['A Nov 2025 EU proposal would move to 96 hours and high-risk only — a proposal, not law: secbook uses 72 hours.'] : []),
      ],
      factors: (f) => [gdprPeople(f, j), controller(f), riskFactor(f, 'risk')],
      ...(eu ? { contentNotes: euAuthorityNotes } : {}),
    },
    {
      ...base,
      id: `${prefix}-controller`,
      citation: 'Art. 33(2)',
      audience: 'data_controller',
      title: 'Tell the controller (you are its processor)',
      clock: { kind: 'none', trigger: 'awareness', text: 'without undue delay (no fixed hours in the regulation; check your processing contract)' },
      email: true,
      template: 'controller',
      factors: (f) => [
        gdprPeople(f, j),
        roleIs(gdprRole(f), 'processor', 'role.gdpr', 'you are the controller: you notify the authority yourself'),
      ],
    },
    {
      ...base,
      id: `${prefix}-data-subjects`,
      citation: 'Art. 34(1)–(3)',
      audience: 'data_subjects',
      title: 'Tell the people affected',
      clock: { kind: 'none', trigger: 'awareness', text: 'without undue delay' },
      email: true,
      template: 'gdpr-data-subjects',
      notes: ['Clear and plain language; at least the items of Art. 33(3)(b)–(d) (Art. 34(2)). The authority may order or waive it (34(4)).'],
      factors: (f) => [gdprPeople(f, j), controller(f), riskFactor(f, 'high'), exceptionFactor(f, '34')],
    },
    {
      ...base,
      id: `${prefix}-public`,
      citation: 'Art. 34(3)(c)',
      audience: 'public',
      title: 'Public communication (individual notice would need disproportionate effort)',
      clock: { kind: 'none', trigger: 'awareness', text: 'without undue delay' },
      email: false,
      template: 'gdpr-data-subjects',
      factors: (f) => [
        gdprPeople(f, j),
        controller(f),
        riskFactor(f, 'high'),
        gdprExceptions(f).has('disproportionate_effort')
          ? { value: 'yes', reason: 'disproportionate effort recorded (Art. 34(3)(c))' }
          : { value: 'no', reason: 'only when individual notice would need disproportionate effort (not recorded)' },
      ],
    },
  ];
}
