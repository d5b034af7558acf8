/**
 * Email service providers recognised in reports, by the names their mail carries: the
 * DKIM `d=` domains they sign with, the MAIL FROM (SPF) domains they bounce to, the SPF
 * includes customers publish, and the reverse-DNS names of their sending IPs. Ids match the
 * workbook's `scope.providers`. Data from each provider's published set-up documentation.
 */
export interface SenderProvider {
  id: string;
  name: string;
  dkim: readonly string[];
  spf: readonly string[];
  includes: readonly string[];
  ptr: readonly string[];
}

export const SENDER_PROVIDERS: readonly SenderProvider[] = [
  { id: 'ses', name: 'Amazon SES', dkim: ['amazonses.com'], spf: ['amazonses.com'], includes: ['amazonses.com'], ptr: ['amazonses.com'] },
  { id: 'sendgrid', name: 'SendGrid', dkim: ['sendgrid.net', 'sendgrid.info'], spf: ['sendgrid.net'], includes: ['sendgrid.net'], ptr: ['sendgrid.net'] },
  { id: 'postmark', name: 'Postmark', dkim: ['mtasv.net'], spf: ['mtasv.net'], includes: ['spf.mtasv.net'], ptr: ['mtasv.net'] },
  { id: 'mailgun', name: 'Mailgun', dkim: ['mailgun.org'], spf: ['mailgun.org'], includes: ['mailgun.org'], ptr: ['mailgun.net', 'mailgun.org'] },
  { id: 'sparkpost', name: 'SparkPost', dkim: ['sparkpostmail.com'], spf: ['sparkpostmail.com'], includes: ['sparkpostmail.com'], ptr: ['sparkpostmail.com'] },
  { id: 'mailchimp', name: 'Mailchimp', dkim: ['mcsv.net', 'mcdlv.net'], spf: ['mcsv.net', 'mcdlv.net'], includes: ['servers.mcsv.net'], ptr: ['mcsv.net', 'mcdlv.net', 'rsgsv.net'] },
  { id: 'google_workspace', name: 'Google Workspace', dkim: ['gappssmtp.com'], spf: ['google.com'], includes: ['_spf.google.com'], ptr: ['google.com'] },
  { id: 'microsoft_365', name: 'Microsoft 365', dkim: ['onmicrosoft.com'], spf: ['outlook.com'], includes: ['spf.protection.outlook.com'], ptr: ['outbound.protection.outlook.com'] },
];

const under = (name: string, suffixes: readonly string[]): boolean => suffixes.some((s) => name === s || name.endsWith(`.${s}`));

export type Attribution = { provider: SenderProvider; by: 'DKIM d=' | 'MAIL FROM' | 'reverse DNS' };

/** Which provider a source belongs to, from the strongest evidence first. */
export function attribute(names: { dkim: string[]; spf: string[]; ptr?: string }): Attribution | undefined {
  for (const provider of SENDER_PROVIDERS) if (names.dkim.some((d) => under(d, provider.dkim))) return { provider, by: 'DKIM d=' };
  for (const provider of SENDER_PROVIDERS) if (names.spf.some((d) => under(d, provider.spf))) return { provider, by: 'MAIL FROM' };
  if (names.ptr) for (const provider of SENDER_PROVIDERS) if (under(names.ptr, provider.ptr)) return { provider, by: 'reverse DNS' };
  return undefined;
}

/** The provider an SPF include belongs to, if known. */
export const providerOfInclude = (include: string): SenderProvider | undefined => SENDER_PROVIDERS.find((p) => under(include, p.includes) || p.includes.some((i) => include === i));
