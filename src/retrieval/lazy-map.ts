/**
 * A read-only map whose entries are made on first use: `chunksById` is asked only by "show the passage",
 * so 100,000 entries need not be hashed at every index load.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private map: Map<K, V> | null = null;

  constructor(private readonly entriesOf: () => Iterable<readonly [K, V]>) {}

  private get built(): Map<K, V> {
    return (this.map ??= new Map(this.entriesOf()));
  }

  get size(): number {
    return this.built.size;
  }
  get(key: K): V | undefined {
    return this.built.get(key);
  }
  has(key: K): boolean {
    return this.built.has(key);
  }
  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.built.forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries(): MapIterator<[K, V]> {
    return this.built.entries();
  }
  keys(): MapIterator<K> {
    return this.built.keys();
  }
  values(): MapIterator<V> {
    return this.built.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.built[Symbol.iterator]();
  }
}
