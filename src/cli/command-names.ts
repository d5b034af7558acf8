/** The commands, in help order (their definitions: commands.ts). */
export const COMMAND_NAMES = ['init', 'scope', 'validate', 'status', 'answer', 'render', 'templates', 'run', 'review', 'check', 'scan', 'incident', 'verify', 'sign', 'reports', 'senders', 'check-message', 'drill'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

/** What `secbook` with no arguments runs. */
export const DEFAULT_COMMAND: CommandName = 'run';
