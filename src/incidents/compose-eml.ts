/**
 * Email drafts (.eml, multipart text + HTML) built with nodemailer's MailComposer.
 * Header safety: every header value has CR, LF and other line breaks replaced by a space
 * before nodemailer sees it (which also encodes), so no field can start a new header.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { PLACEHOLDER } from './notice-templates.js';

/** Removes every character that could end a header line. */
export const oneLine = (s: string): string => s.replace(/[\r\n\u0085\u2028\u2029\0\v\f]+/g, ' ').trim();

export interface EmlInput {
  fromName: string | undefined;
  fromAddress: string | undefined;
  /** Recipients; none = a draft without a To line. */
  to?: { name?: string; email: string }[];
  subject: string;
  text: string;
  html: string;
  date: Date;
  /** Stable Message-ID (without angle brackets). */
  messageId: string;
}

/** A syntactically safe address, or undefined. */
function address(a: string | undefined): string | undefined {
  if (!a) return undefined;
  const s = oneLine(a);
  return /^[^\s@<>"(),;:\\[\]]+@[^\s@<>"(),;:\\[\]]+$/.test(s) ? s : undefined;
}

/** The address used when none is recorded: `.invalid` can never be delivered to. */
export const PLACEHOLDER_FROM = 'to-fill@placeholder.invalid';

export async function composeEml(input: EmlInput): Promise<Buffer> {
  const from = address(input.fromAddress) ?? PLACEHOLDER_FROM;
  const to = (input.to ?? []).flatMap((r) => {
    const a = address(r.email);
    return a ? [{ name: oneLine(r.name ?? ''), address: a }] : [];
  });
  const mail = new MailComposer({
    from: { name: oneLine(input.fromName ?? PLACEHOLDER('sender name')), address: from },
    ...(to.length > 0 ? { to } : {}),
    subject: oneLine(input.subject),
    text: input.text,
    html: input.html,
    date: input.date,
    messageId: `<${oneLine(input.messageId).replace(/[<>\s]/g, '')}>`,
    textEncoding: 'quoted-printable',
  });
  return mail.compile().build();
}
