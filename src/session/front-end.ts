/** What a session front end (the ink TUI, the plain prompts) is given and how it ends. */
import type { Autosave } from './autosave.js';
import type { SessionState } from './session-state.js';

/** q / "save and quit", the end of the list, Ctrl-C or SIGINT, SIGTERM or SIGHUP. */
export type SessionEnd = 'quit' | 'finished' | 'interrupted' | 'terminated';

/** Front ends take a session and an autosave, and resolve when the user is done. */
export interface FrontEndInput {
  initial: SessionState;
  autosave: Autosave;
  now: () => Date;
  by?: string;
  title: string;
  write: (text: string) => void;
}
