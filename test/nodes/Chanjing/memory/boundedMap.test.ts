import { BoundedMap } from '../../../../nodes/Chanjing/memory/boundedMap';

/** A clock the test moves by hand. */
function clock(start = 1_000) {
	const state = { now: start };
	return { now: () => state.now, advance: (ms: number) => (state.now += ms) };
}

describe('BoundedMap', () => {
	describe('count bound', () => {
		it('keeps at most maxEntries, forgetting the oldest first', () => {
			const map = new BoundedMap<string, number>({ maxEntries: 3 });
			for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) map.set(key, i);

			expect(map.size).toBe(3);
			expect(map.get('a')).toBeUndefined();
			expect(map.get('b')).toBeUndefined();
			expect(map.values()).toEqual([2, 3, 4]);
		});

		it('setting a known key makes it the newest entry', () => {
			const map = new BoundedMap<string, string>({ maxEntries: 2 });
			map.set('a', 'first a');
			map.set('b', 'b');
			map.set('a', 'second a');
			map.set('c', 'c');

			expect(map.get('b')).toBeUndefined();
			expect(map.get('a')).toBe('second a');
			expect(map.values()).toEqual(['second a', 'c']);
		});

		it('set returns the value it stored', () => {
			const map = new BoundedMap<string, object>({ maxEntries: 1 });
			const value = {};
			expect(map.set('k', value)).toBe(value);
		});
	});

	describe('age bound (injected clock)', () => {
		it('an entry lives maxAgeMs after it was set, and is forgotten after that', () => {
			const time = clock();
			const map = new BoundedMap<string, string>({ maxEntries: 10, maxAgeMs: 100 }, time.now);
			map.set('a', 'A');

			time.advance(100);
			expect(map.get('a')).toBe('A');
			expect(map.values()).toEqual(['A']);

			time.advance(1);
			expect(map.values()).toEqual([]);
			expect(map.get('a')).toBeUndefined();
			expect(map.size).toBe(0);
		});

		it('setting anew restarts the age of an entry', () => {
			const time = clock();
			const map = new BoundedMap<string, string>({ maxEntries: 10, maxAgeMs: 100 }, time.now);
			map.set('a', 'old');
			time.advance(80);
			map.set('a', 'new');
			time.advance(80);

			expect(map.get('a')).toBe('new');
		});

		it('a set forgets the expired entries before it, oldest first, without a get', () => {
			const time = clock();
			const map = new BoundedMap<string, number>({ maxEntries: 10, maxAgeMs: 100 }, time.now);
			map.set('a', 1);
			time.advance(50);
			map.set('b', 2);
			time.advance(60); // a is 110 ms old, b 60 ms
			map.set('c', 3);

			expect(map.size).toBe(2);
			expect(map.values()).toEqual([2, 3]);
		});

		it('without maxAgeMs only the count bounds it', () => {
			const time = clock();
			const map = new BoundedMap<string, number>({ maxEntries: 2 }, time.now);
			map.set('a', 1);
			time.advance(10 * 365 * 24 * 60 * 60 * 1000);

			expect(map.get('a')).toBe(1);
		});
	});

	describe('getOrCreate', () => {
		it('creates a missing value once and returns the known one after', () => {
			const map = new BoundedMap<string, { n: number }>({ maxEntries: 5 });
			const create = jest.fn(() => ({ n: 1 }));

			const first = map.getOrCreate('k', create);
			const second = map.getOrCreate('k', create);

			expect(second).toBe(first);
			expect(create).toHaveBeenCalledTimes(1);
			expect(map.size).toBe(1);
		});

		it('keeps a falsy value as known (only undefined is missing)', () => {
			const map = new BoundedMap<string, number>({ maxEntries: 5 });
			map.set('zero', 0);

			expect(map.getOrCreate('zero', () => 42)).toBe(0);
		});

		it('creates again once the value has expired, as the newest entry', () => {
			const time = clock();
			const map = new BoundedMap<string, string>({ maxEntries: 2, maxAgeMs: 100 }, time.now);
			map.set('k', 'old');
			map.set('other', 'other');
			time.advance(101);

			expect(map.getOrCreate('k', () => 'new')).toBe('new');
			expect(map.values()).toEqual(['new']);
		});

		it('is held to the count bound like set', () => {
			const map = new BoundedMap<string, number>({ maxEntries: 2 });
			map.getOrCreate('a', () => 1);
			map.getOrCreate('b', () => 2);
			map.getOrCreate('c', () => 3);

			expect(map.get('a')).toBeUndefined();
			expect(map.values()).toEqual([2, 3]);
		});
	});

	it('delete and clear forget entries', () => {
		const map = new BoundedMap<string, number>({ maxEntries: 5 });
		map.set('a', 1);
		map.set('b', 2);
		map.set('c', 3);

		map.delete('b');
		expect(map.values()).toEqual([1, 3]);
		map.clear();
		expect(map.size).toBe(0);
		expect(map.get('a')).toBeUndefined();
	});
});
