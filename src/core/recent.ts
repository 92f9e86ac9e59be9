// A bounded map that keeps what was used recently, in O(1) per call: two generations of entries;
// when the young one is full it becomes the old one and the previous old one is dropped. (Evicting
// one entry at a time from the front of a Map leaves holes that every later eviction walks over.)

export class Recent<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** Holds at least `size / 2` and at most `size` entries. */
  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.size / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
