import type { Command } from 'commander';
import { cwd, now, print } from './context.js';
import { number, resolver, withWorkbook } from './options.js';

export function reportsCommand(program: Command): void {
  const reports = program.command('reports').description('DMARC aggregate and SMTP TLS reports: import them into reports/ beside the workbook');
  withWorkbook(reports.command('import'))
    .description('read DMARC aggregate reports (.xml, .xml.gz, .zip, .eml) and SMTP TLS reports (.json, .json.gz)')
    .argument('<paths...>', 'report files or folders (searched recursively)')
    .option('--json', 'print as JSON')
    .action(async (paths: string[], flags: { workbook?: string; json?: boolean }) => {
      const { reportsImport } = await import('../app/reports.js');
      const { formatImport } = await import('./format-reports.js');
      const result = await reportsImport({ cwd: cwd(), workbook: flags.workbook, paths, now: now() });
      print(flags.json ? JSON.stringify(result, null, 2) : formatImport(result));
      if (result.skipped.length > 0) process.exitCode = 1;
    });
}

export function sendersCommand(program: Command): void {
  withWorkbook(program.command('senders'))
    .description('who sends mail as your domains (from imported reports), unknown senders, unused SPF includes, DMARC readiness')
    .option('--days <n>', 'readiness window in days (1 to 3650)', number({ min: 1, max: 3650, integer: true }), 30)
    .option('--apply', 'record the findings as evidence on the checklist items they speak to')
    .option('--resolver <ip[:port]>', 'DNS server for reverse DNS and SPF look-ups (default: the system resolvers)', resolver)
    .option('--no-dns', 'skip reverse DNS and SPF look-ups')
    .option('--json', 'print as JSON')
    .action(async (flags: { workbook?: string; days: number; apply?: boolean; resolver?: string; dns: boolean; json?: boolean }) => {
      const days = flags.days;
      const { senders } = await import('../app/reports.js');
      const { formatSenders } = await import('./format-reports.js');
      const result = await senders({ cwd: cwd(), workbook: flags.workbook, now: now(), days, apply: flags.apply, resolver: flags.dns ? flags.resolver : false });
      print(flags.json ? JSON.stringify(result, null, 2) : formatSenders(result));
    });
}
