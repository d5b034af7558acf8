import type { Command } from 'commander';
import { SecbookError } from '../errors.js';
import { cwd, now, print } from './context.js';

export function reportsCommand(program: Command): void {
  const reports = program.command('reports').description('DMARC aggregate and SMTP TLS reports: import them into reports/ beside the workbook');
  reports
    .command('import')
    .description('read DMARC aggregate reports (.xml, .xml.gz, .zip, .eml) and SMTP TLS reports (.json, .json.gz)')
    .argument('<paths...>', 'report files or folders (searched recursively)')
    .option('-w, --workbook <path>', 'workbook file or folder (the store goes in its reports/ folder)', 'workbook.yaml')
    .option('--json', 'print as JSON')
    .action(async (paths: string[], flags: { workbook: string; json?: boolean }) => {
      const { reportsImport } = await import('../app/reports.js');
      const { formatImport } = await import('./format-reports.js');
      const result = await reportsImport({ cwd: cwd(), workbook: flags.workbook, paths, now: now() });
      print(flags.json ? JSON.stringify(result, null, 2) : formatImport(result));
      if (result.skipped.length > 0) process.exitCode = 1;
    });
}

export function sendersCommand(program: Command): void {
  program
    .command('senders')
    .description('who sends mail as your domains (from imported reports), unknown senders, unused SPF includes, DMARC readiness')
    .option('-w, --workbook <path>', 'workbook file or folder', 'workbook.yaml')
    .option('--days <n>', 'readiness window in days', '30')
    .option('--apply', 'record the findings as evidence on the checklist items they speak to')
    .option('--resolver <ip[:port]>', 'DNS server for reverse DNS and SPF look-ups (default: the system resolvers)')
    .option('--no-dns', 'skip reverse DNS and SPF look-ups')
    .option('--json', 'print as JSON')
    .action(async (flags: { workbook: string; days: string; apply?: boolean; resolver?: string; dns: boolean; json?: boolean }) => {
      const days = Number(flags.days);
      if (!Number.isInteger(days) || days < 1 || days > 3650) throw new SecbookError(`--days "${flags.days}" is not a number of days from 1 to 3650`, { exitCode: 2 });
      const { senders } = await import('../app/reports.js');
      const { formatSenders } = await import('./format-reports.js');
      const result = await senders({ cwd: cwd(), workbook: flags.workbook, now: now(), days, apply: flags.apply, resolver: flags.dns ? flags.resolver : false });
      print(flags.json ? JSON.stringify(result, null, 2) : formatSenders(result));
    });
}
