import type { Command } from 'commander';
import { cwd, print } from './context.js';
import { ip, resolver, text } from './options.js';
import { style } from './style.js';

export function checkMessageCommand(program: Command): void {
  program
    .command('check-message')
    .description('check a saved message as a receiver would: SPF, DKIM, DMARC, ARC, BIMI and the Gmail/Yahoo/Outlook bulk-sender rules')
    .argument('<file>', 'the message (.eml, with all its headers)')
    .option('--ip <address>', 'the IP address it was sent from (for SPF and reverse DNS)', ip)
    .option('--helo <name>', 'the name the sending server gave in HELO/EHLO', text)
    .option('--mail-from <address>', 'the envelope sender (default: the Return-Path header)', text)
    .option('--marketing', 'check it as marketing mail (one-click unsubscribe required)')
    .option('--resolver <ip[:port]>', 'DNS server to ask (default: the system resolvers)', resolver)
    .option('--json', 'print as JSON')
    .action(async (file: string, flags: { ip?: string; helo?: string; mailFrom?: string; marketing?: boolean; resolver?: string; json?: boolean }) => {
      const { checkMessageFile } = await import('../app/check-message.js');
      const report = await checkMessageFile({ cwd: cwd(), file, ...flags });
      if (flags.json) print(JSON.stringify(report, null, 2));
      else {
        print(`${file}${report.from ? ` (From: ${report.from})` : ''}`);
        const mark = { pass: style.green('✓ pass'), warn: style.yellow('! warn'), fail: style.red('✗ fail'), info: style.dim('· info') };
        for (const f of report.findings) {
          print(`  ${mark[f.verdict]}  ${f.check}: ${f.what}`);
          if (f.fix) print(`          fix: ${f.fix}`);
        }
        print(report.ok ? 'No failures.' : 'Failures above: the message does not meet the receivers\' requirements.');
      }
      if (!report.ok) process.exitCode = 1;
    });
}
