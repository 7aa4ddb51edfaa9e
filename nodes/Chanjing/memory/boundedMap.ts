/**
 * A Map that forgets: at most `maxEntries` entries, none older than `maxAgeMs`. Entries keep
 * the order they were last set in; the oldest go first. Every store the node keeps across items
 * and executions is one of these (see processMemory.ts), so none grows without bound.
 */
export interface Bounds {
	maxEntries: number;
	/** Forget an entry this long after it was set (Infinity: only the count bounds it). */
	maxAgeMs?: number;
}

interface Entry<V> {
	value: V;
	at: number;
}

export class BoundedMap<K, V> {
	private readonly entries = new Map<K, Entry<V>>();

	constructor(
		readonly bounds: Bounds,
		private readonly now: () => number = Date.now,
	) {}

	get size(): number {
		return this.entries.size;
	}

	private expired(entry: Entry<V>, now: number): boolean {
		return now - entry.at > (this.bounds.maxAgeMs ?? Infinity);
	}

	/** The value, unless it is missing or too old (then it is forgotten). */
	get(key: K): V | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		if (this.expired(entry, this.now())) {
			this.entries.delete(key);
			return undefined;
		}
		return entry.value;
	}

	/** Sets the value as the newest entry, then forgets the oldest beyond the bounds. */
	set(key: K, value: V): V {
		const now = this.now();
		this.entries.delete(key);
		this.entries.set(key, { value, at: now });
		for (const [oldKey, entry] of this.entries) {
			if (this.entries.size <= this.bounds.maxEntries && !this.expired(entry, now)) break;
			this.entries.delete(oldKey);
		}
		return value;
	}

	/** The value, or `create()`'s, set as the newest entry. */
	getOrCreate(key: K, create: () => V): V {
		const known = this.get(key);
		return known !== undefined ? known : this.set(key, create());
	}

	delete(key: K): void {
		this.entries.delete(key);
	}

	/** The values that are not too old, oldest first. */
	values(): V[] {
		const now = this.now();
		return [...this.entries.values()].filter((e) => !this.expired(e, now)).map((e) => e.value);
	}

	clear(): void {
		this.entries.clear();
	}
}
