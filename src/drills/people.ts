/**
 * The organisation's names for a drill: who holds each IR role (with backups) from the
 * workbook's `ir.roles.*` contacts answers, and the values `{{placeholders}}` stand for.
 * Pure.
 */
import type { Contact } from '../domain/answer.js';
import type { Workbook } from '../domain/workbook-schema.js';
import { IR_ROLES, roleItemId, type IrRole } from './scenario-schema.js';

export const ROLE_LABELS: Record<IrRole, string> = {
  incident_lead: 'Incident lead',
  technical_lead: 'Technical lead',
  communications: 'Communications lead',
  legal: 'Legal lead',
  privacy_officer: 'Privacy officer',
  executive_sponsor: 'Executive sponsor',
};

const PROVIDER_LABELS: Record<string, string> = {
  ses: 'Amazon SES',
  sendgrid: 'SendGrid',
  postmark: 'Postmark',
  mailgun: 'Mailgun',
  sparkpost: 'SparkPost',
  mailchimp: 'Mailchimp',
  resend: 'Resend',
  google_workspace: 'Google Workspace',
  microsoft_365: 'Microsoft 365',
  self_hosted: 'your own mail server',
};

export interface RoleHolder {
  role: IrRole;
  label: string;
  /** First contact named in the answer, or null when the role is unfilled (a gap). */
  name: string | null;
  email: string | null;
  phone: string | null;
  backup: string | null;
}

function contacts(workbook: Workbook, role: IrRole): Contact[] {
  const value = workbook.answers?.[roleItemId(role)]?.value;
  return Array.isArray(value) ? value.filter((v): v is Contact => typeof v === 'object' && v !== null && 'name' in v) : [];
}

export function roleHolders(workbook: Workbook, roles: readonly IrRole[] = IR_ROLES): RoleHolder[] {
  return roles.map((role) => {
    const first = contacts(workbook, role)[0];
    return {
      role,
      label: ROLE_LABELS[role],
      name: first?.name ?? null,
      email: first?.email ?? null,
      phone: first?.phone ?? null,
      backup: first?.backup?.name ?? null,
    };
  });
}

export interface PlaceholderValues {
  organisation: string;
  domain: string;
  provider: string;
  roles: Record<IrRole, string>;
}

export function placeholderValues(workbook: Workbook): PlaceholderValues {
  const org = workbook.organisation;
  const provider = workbook.scope.providers?.find((p) => p !== 'other');
  const roles = Object.fromEntries(
    roleHolders(workbook).map((h) => [h.role, h.name ? (h.backup ? `${h.name} (backup: ${h.backup})` : h.name) : `[no ${h.label.toLowerCase()} named]`]),
  ) as Record<IrRole, string>;
  return {
    organisation: org.name,
    domain: org.domains?.[0] ?? 'example.com',
    provider: provider ? (PROVIDER_LABELS[provider] ?? provider) : 'your email provider',
    roles,
  };
}

/** `{{organisation}}`, `{{domain}}`, `{{provider}}`, `{{role:incident_lead}}`; unknown names stay as written. */
export function fill(text: string, v: PlaceholderValues): string {
  return text.replace(/\{\{\s*([a-z_]+)(?::([a-z_]+))?\s*\}\}/g, (whole, name: string, arg: string | undefined) => {
    if (name === 'role' && arg && arg in v.roles) return v.roles[arg as IrRole];
    if (name === 'organisation' || name === 'domain' || name === 'provider') return v[name];
    return whole;
  });
}

/** The scenario with every string's placeholders filled (what the team sees). */
export function fillDeep<T>(value: T, v: PlaceholderValues): T {
  if (typeof value === 'string') return fill(value, v) as T;
  if (Array.isArray(value)) return value.map((x: unknown) => fillDeep(x, v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, fillDeep(x, v)])) as T;
  return value;
}
