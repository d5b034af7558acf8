import { simpleParser } from 'mailparser';
import { describe, expect, test } from 'vitest';
import { composeEml, oneLine, PLACEHOLDER_FROM } from '../../src/incidents/compose-eml.js';

const base = {
  fromName: 'Acme Health Ltd',
  fromAddress: 'privacy@acme.example',
  subject: '[DRAFT] Notice of Data Breach',
  text: 'Plain body\n',
  html: '<p>HTML body</p>',
  date: new Date('2026-03-28T12:00:00Z'),
  messageId: 'INC-2026-001.ca-residents.1@acme.example',
};

const HEADERS = ['content-type', 'date', 'from', 'message-id', 'mime-version', 'subject'];

describe('.eml drafts', () => {
  test('multipart text + HTML with exactly the intended headers', async () => {
    const mail = await simpleParser(await composeEml(base));
    expect([...mail.headers.keys()].sort()).toEqual(HEADERS);
    expect(mail.subject).toBe('[DRAFT] Notice of Data Breach');
    expect(mail.from?.value).toEqual([{ name: 'Acme Health Ltd', address: 'privacy@acme.example' }]);
    expect(mail.text).toContain('Plain body');
    expect(mail.html).toContain('<p>HTML body</p>');
    expect(mail.messageId).toBe('<INC-2026-001.ca-residents.1@acme.example>');
    expect(mail.date?.toISOString()).toBe('2026-03-28T12:00:00.000Z');
  });

  test('a recipient adds exactly one To header', async () => {
    const mail = await simpleParser(await composeEml({ ...base, to: [{ name: 'Clinic Inc', email: 'privacy@clinic.example' }] }));
    expect([...mail.headers.keys()].sort()).toEqual([...HEADERS, 'to'].sort());
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ name: 'Clinic Inc', address: 'privacy@clinic.example' }]);
  });

  test.each([
    ['subject', { subject: 'Breach\r\nBcc: attacker@evil.example' }],
    ['sender name', { fromName: 'Acme\r\nBcc: attacker@evil.example\r\nX-Evil: 1' }],
    ['recipient name', { toName: 'Clinic\nBcc: attacker@evil.example', toAddress: 'privacy@clinic.example' }],
    ['recipient address', { toAddress: 'x@clinic.example\r\nBcc: attacker@evil.example' }],
    ['sender address', { fromAddress: 'a@acme.example\nBcc: attacker@evil.example' }],
    ['message id', { messageId: 'id@acme.example>\r\nBcc: attacker@evil.example' }],
  ])('CR/LF in the %s never creates a header', async (_what, patch) => {
    const raw = (await composeEml({ ...base, ...patch })).toString();
    const mail = await simpleParser(raw);
    const keys = [...mail.headers.keys()];
    expect(keys).not.toContain('bcc');
    expect(keys).not.toContain('x-evil');
    expect(keys.every((k) => [...HEADERS, 'to'].includes(k))).toBe(true);
    const headerBlock = raw.split(/\r?\n\r?\n/)[0] ?? '';
    expect(headerBlock).not.toMatch(/^Bcc:/im);
  });

  test('no sender address recorded: a .invalid placeholder, never a real-looking address', async () => {
    const mail = await simpleParser(await composeEml({ ...base, fromAddress: undefined }));
    expect(mail.from?.value[0]?.address).toBe(PLACEHOLDER_FROM);
  });

  test('oneLine removes every line break kind', () => {
    expect(oneLine('a\r\nb\nc\rd\u2028e\u2029f\u0085g')).toBe('a b c d e f g');
  });
});
