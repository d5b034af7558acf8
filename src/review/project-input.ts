/** What review services work on: a loaded project plus the clock and working folder. */
import type { Project } from '../storage/project.js';

export interface ReviewContext {
  project: Project;
  /** For short file names in messages. */
  cwd: string;
  now: Date;
}
