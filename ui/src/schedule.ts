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
 * Sends the latest input after `delay` ms of quiet, numbers each request, and applies a response
 * only if it is newer than the last one applied.
 */
export class LatestOnly<I, R> {
  private seq = 0;
  private applied = 0;
  private input: I | undefined;
  private readonly trigger: Debounced;

  constructor(
    private readonly request: (input: I) => Promise<R>,
    private readonly apply: (result: R) => void,
    private readonly fail: (err: unknown) => void,
    delay: number,
  ) {
    this.trigger = debounce(() => this.send(), delay);
  }

  schedule(input: I): void {
    this.input = input;
    this.trigger();
  }

  /** Sends now, skipping the debounce (after opening a project). */
  now(input: I): Promise<void> {
    this.trigger.cancel();
    this.input = input;
    return this.send();
  }

  private async send(): Promise<void> {
    if (this.input === undefined) return;
    const mine = ++this.seq;
    const input = this.input;
    try {
      const result = await this.request(input);
      if (mine > this.applied) {
        this.applied = mine;
        this.apply(result);
      }
    } catch (err) {
      if (mine > this.applied) this.fail(err);
    }
  }
}
