/** What a session front end (the ink TUI, the plain prompts) is given and how it ends. */
import type { AnsweredBy } from '../domain/answer.js';
import type { Autosave } from './autosave.js';
import type { SessionState } from './session-state.js';

/** q / "save and quit", the end of the list, Ctrl-C or SIGINT, SIGTERM or SIGHUP. */
export type SessionEnd = 'quit' | 'finished' | 'interrupted' | 'terminated';

/** Front ends take a session and an autosave, and resolve when the user is done. */
export interface FrontEndInput {
  initial: SessionState;
  autosave: Autosave;
  now: () => Date;
  /** Recorded as `answered_by` on every answer given in the session. */
  by?: AnsweredBy;
  title: string;
  write: (text: string) => void;
  /** The person's settings changed in the session (auto-advance); kept with their UI state. */
  onSettings?: (settings: { autoAdvance: boolean }) => void;
}
