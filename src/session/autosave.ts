/**
 * Saves session changes one at a time, in order. Changes are handed to the workbook only
 * between saves (WorkbookFile must not be edited while a save is writing), and a failed
 * save keeps them there so the next save — on the next change or on quit — retries.
 * The cursor is tracked here too, but never written to the workbook: it is the person's UI
 * state, which the caller keeps outside workbook.yaml (storage/ui-state.ts).
 */
import type { Answer } from '../domain/answer.js';
import type { Change } from './session-state.js';

/** What autosave needs from a workbook file (WorkbookFile fits). */
export interface SaveTarget {
  setAnswer(itemId: string, patch: Partial<Answer>): void;
  set(path: readonly (string | number)[], value: unknown): void;
  save(): Promise<void>;
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; message: string; hint?: string };

export class Autosave {
  private buffer: Change[] = [];
  private cursorItem: string | undefined;
  private chain: Promise<void> = Promise.resolve();
  private status: SaveStatus = { state: 'idle' };
  private unsaved = false;
  private listeners = new Set<(status: SaveStatus) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: { promise: Promise<void>; resolve: () => void } | undefined;

  /**
   * @param delayMs Coalesce changes made within this many ms into one save (the TUI uses a
   *   short delay so a fast typist's keys are not held up by writes); 0 saves at once.
   *   `flush()` (on quit, Ctrl-C, SIGTERM) writes anything still waiting.
   */
  constructor(
    private readonly target: SaveTarget,
    lastItem?: string,
    private readonly delayMs = 0,
  ) {
    this.cursorItem = lastItem;
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues changes (and where the cursor is) and starts a save. */
  push(changes: readonly Change[], lastItem?: string): Promise<void> {
    this.buffer.push(...changes);
    if (lastItem !== undefined) this.cursorItem = lastItem;
    if (this.delayMs <= 0) return this.schedule();
    if (!this.waiting) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.waiting = { promise, resolve };
      if (this.status.state !== 'saving') this.setStatus({ state: 'saving' });
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), this.delayMs);
    return this.waiting.promise;
  }

  private fire(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    this.timer = undefined;
    void this.schedule().then(() => waiting?.resolve());
  }

  /** Records the cursor (kept in memory; see `lastItem`). */
  cursor(itemId: string | undefined): void {
    if (itemId !== undefined) this.cursorItem = itemId;
  }

  /** The item the cursor was last on, for the caller's UI state. */
  get lastItem(): string | undefined {
    return this.cursorItem;
  }

  /** True while something is not on disk yet. */
  get pending(): boolean {
    return this.buffer.length > 0 || this.waiting !== undefined || this.unsaved;
  }

  get current(): SaveStatus {
    return this.status;
  }

  /** Waits for queued saves, then saves anything still pending (a retry after a failure). */
  async flush(): Promise<SaveStatus> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.fire();
    }
    await this.chain;
    if (this.pending) await this.schedule();
    return this.status;
  }

  private schedule(): Promise<void> {
    this.chain = this.chain.then(() => this.saveOnce());
    return this.chain;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  private async saveOnce(): Promise<void> {
    const changes = this.buffer.splice(0);
    for (const { itemId, patch } of changes) {
      if (patch === null) this.target.set(['answers', itemId], undefined);
      else this.target.setAnswer(itemId, patch);
    }
    if (changes.length === 0 && !this.unsaved) return;
    this.unsaved = true;
    this.setStatus({ state: 'saving' });
    try {
      await this.target.save();
      this.unsaved = false;
      this.setStatus({ state: 'saved', at: new Date() });
    } catch (error) {
      const e = error as Error & { hint?: string; code?: string };
      this.setStatus({ state: 'failed', message: e.message, hint: e.hint });
    }
  }
}
