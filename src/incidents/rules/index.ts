/** Every rule secbook knows, expanded for one incident (per-state rules only where residents are). */
import type { Facts } from '../facts.js';
import type { NoticeRule } from '../rule-types.js';
import { federalRulesFor } from './federal.js';
import { gdprRules } from './gdpr.js';
import { HIPAA_RULES, hipaaMediaRules } from './hipaa.js';
import { stateRulesFor } from './us-states.js';

export function rulesFor(facts: Facts): NoticeRule[] {
  return [...gdprRules('EU'), ...gdprRules('UK'), ...HIPAA_RULES.slice(0, 1), ...hipaaMediaRules(facts), ...HIPAA_RULES.slice(1), ...stateRulesFor(facts), ...federalRulesFor(facts)];
}

export { STATE_LAWS } from './us-states.js';
