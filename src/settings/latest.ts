// Following a value that is read asynchronously and may change while a read is on its way (the
// settings, read from storage by the background and through the background by each frame). Every
// read is numbered and only the newest one's answer is kept, so an old read that answers late — a
// first read waiting on storage.managed, say — never undoes a newer change. Written once for the
// background and the content script.

export class LatestRead<T> {
  private seq = 0;
  private known = false;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly apply: (value: T) => void,
  ) {}

  /** Whether some read has answered (or a value was set) yet. */
  get settled(): boolean {
    return this.known;
  }

  /**
   * Reads again. Resolves true when this read's answer was applied, false when a newer read or
   * value came first; rejects when the read failed and nothing newer is known.
   */
  async refresh(): Promise<boolean> {
    const mine = ++this.seq;
    let value: T;
    try {
      value = await this.read();
    } catch (e) {
      if (mine !== this.seq) return false;
      throw e;
    }
    if (mine !== this.seq) return false;
    this.known = true;
    this.apply(value);
    return true;
  }

  /** A value known without reading (a change event that carries it, a local edit): newer than any read on its way. */
  set(value: T): void {
    this.seq++;
    this.known = true;
    this.apply(value);
  }
}
