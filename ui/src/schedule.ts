// Timing helpers: a debounce for autosave, and the preview pipeline that never lets an older
// answer overwrite a newer one (responses can arrive out of order from the async commands).

export interface Debounced {
  (): void;
  cancel(): void;
  flush(): void;
  readonly pending: boolean;
}

export function debounce(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    fn();
  };
  const d = (() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  }) as Debounced;
  d.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  d.flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      run();
    }
  };
  Object.defineProperty(d, "pending", { get: () => timer !== undefined });
  return d;
}

/**
 * Keeps the preview as fresh as the command allows, without piling up requests: the first input
 * is sent at once; while a request is in flight, only the newest input waits and is sent when
 * that request returns. Each request is numbered, and a response is applied only if it is newer
 * than the last one applied (so an older answer never overwrites a newer one).
 *
 * A debounce would add its whole delay to every keystroke; this adds none when the user pauses
 * and at most one command's time while they type.
 */
export class LatestOnly<I, R> {
  private seq = 0;
  private applied = 0;
  private inFlight = false;
  private waiting: { input: I } | undefined;

  constructor(
    private readonly request: (input: I) => Promise<R>,
    private readonly apply: (result: R) => void,
    private readonly fail: (err: unknown) => void,
  ) {}

  /** Sends now if nothing is in flight, else remembers the input as the next to send. */
  schedule(input: I): void {
    if (this.inFlight) {
      this.waiting = { input };
      return;
    }
    void this.send(input);
  }

  /** Sends now, whatever is in flight (after opening a project). */
  now(input: I): Promise<void> {
    this.waiting = undefined;
    return this.send(input);
  }

  private async send(input: I): Promise<void> {
    const mine = ++this.seq;
    this.inFlight = true;
    try {
      const result = await this.request(input);
      if (mine > this.applied) {
        this.applied = mine;
        this.apply(result);
      }
    } catch (err) {
      if (mine > this.applied) this.fail(err);
    } finally {
      if (mine === this.seq) this.inFlight = false;
    }
    const next = this.waiting;
    if (next && !this.inFlight) {
      this.waiting = undefined;
      await this.send(next.input);
    }
  }
}
