/**
 * When checks run (docs/robustness.md, "Checks come as soon as the server is free"). A check is not held
 * back by a fixed pause: it runs as soon as the server is idle, that is, once
 * a turn of the event loop has passed in which no new request for a check
 * came in. The messages that were waiting while a check ran (keystrokes sent
 * meanwhile) are all handled first, so a burst of edits costs one follow-up
 * check, not one check per edit. Checks run one per turn, so requests
 * (completion, hover) are answered between them. A delay (the
 * `agencyDocs.debounce` setting) can still be asked for: a key then waits
 * that long after its last request.
 *
 * Keys are opaque (the publisher uses document URIs): anything that is
 * checked and published can be scheduled here.
 */

/** However busy the connection, a pending check waits no longer than this for a quiet turn. */
const MAX_DEFER_MS = 100;

/** The next turn of the event loop: setImmediate in Node; in a browser's worker (no setImmediate) a zero timeout, as vscode-jsonrpc does there. */
export const nextTurn: (fn: () => void) => unknown =
  typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);

interface Pending {
  /** performance.now() before which the check does not run. */
  due: number;
  /** Asked for by the user's own action (opening, typing): runs before re-checks that follow the workspace. */
  urgent: boolean;
}

export class CheckScheduler {
  private readonly pending = new Map<string, Pending>();
  /** Bumped on every request: a turn that saw it change was not a quiet one. */
  private requests = 0;
  private seenRequests = -1;
  /** When the runner first found the connection busy; undefined while it is not waiting. */
  private deferredSince: number | undefined;
  private turnQueued = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerDue = Infinity;
  /** Background work waiting for the checks that are due (see whenIdle). */
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly run: (key: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Asks for a check of `key` after `delayMs` (0: as soon as the server is idle).
   * An urgent request (an edit) postpones a check already waiting, as a debounce does;
   * a request that is not urgent (a workspace fact changed) leaves a waiting check as it is.
   */
  request(key: string, delayMs: number, urgent: boolean): void {
    this.requests++;
    const due = this.now() + Math.max(0, delayMs);
    const p = this.pending.get(key);
    if (!p) this.pending.set(key, { due, urgent });
    else if (urgent) {
      p.due = delayMs > 0 ? due : Math.min(p.due, due);
      p.urgent = true;
    }
    this.wake();
  }

  has(key: string): boolean {
    return this.pending.has(key);
  }

  cancel(key: string): void {
    this.pending.delete(key);
    this.releaseIdle();
  }

  /**
   * Settles once no check is due: background work (the workspace's index, closed documents' problems) lets the
   * checks of open documents go first. A check that waits for a debounce is not due, and holds nothing back.
   */
  whenIdle(): Promise<void> {
    if (!this.anyDue()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private anyDue(): boolean {
    const now = this.now();
    for (const p of this.pending.values()) if (p.due <= now) return true;
    return false;
  }

  private releaseIdle(): void {
    if (this.idleWaiters.length === 0 || this.anyDue()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /** Keys waiting for a check (for tests and the log). */
  get size(): number {
    return this.pending.size;
  }

  /** Makes sure the runner comes back: on the next turn if a check is due, else when the earliest one is. */
  private wake(): void {
    if (this.pending.size === 0) return;
    const now = this.now();
    let earliest = Infinity;
    for (const p of this.pending.values()) if (p.due < earliest) earliest = p.due;
    if (earliest <= now) {
      if (!this.turnQueued) {
        this.turnQueued = true;
        nextTurn(() => {
          this.turnQueued = false;
          this.turn();
        });
      }
      return;
    }
    if (this.timer && this.timerDue <= earliest) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDue = earliest;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerDue = Infinity;
        this.turn();
      },
      Math.ceil(earliest - now),
    );
  }

  private turn(): void {
    const now = this.now();
    // Messages are still coming in (each is handled in a turn of its own): let them all arrive first.
    if (this.requests !== this.seenRequests) {
      this.seenRequests = this.requests;
      this.deferredSince ??= now;
      if (now - this.deferredSince < MAX_DEFER_MS) {
        this.wake();
        return;
      }
    }
    this.deferredSince = undefined;
    let next: string | undefined;
    let best: Pending | undefined;
    for (const [key, p] of this.pending) {
      if (p.due > now) continue;
      if (!best || (p.urgent && !best.urgent) || (p.urgent === best.urgent && p.due < best.due)) {
        next = key;
        best = p;
      }
    }
    if (next !== undefined) {
      this.pending.delete(next);
      try {
        this.run(next);
      } finally {
        this.wake();
        this.releaseIdle();
      }
    } else {
      this.wake();
    }
  }
}
