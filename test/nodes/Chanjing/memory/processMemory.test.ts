import { BoundedMap } from '../../../../nodes/Chanjing/memory/boundedMap';
import {
	forgetProcessMemory,
	processMemory,
} from '../../../../nodes/Chanjing/memory/processMemory';

const stores = Object.entries(processMemory) as Array<[string, BoundedMap<string, unknown>]>;

describe('processMemory', () => {
	it.each(stores)('%s is a BoundedMap with a finite count bound', (_name, store) => {
		expect(store).toBeInstanceOf(BoundedMap);
		expect(Number.isFinite(store.bounds.maxEntries)).toBe(true);
		expect(store.bounds.maxEntries).toBeGreaterThan(0);
		expect(store.bounds.maxAgeMs ?? Infinity).toBeGreaterThan(0);
		expect(Number.isFinite(store.bounds.maxAgeMs ?? 0)).toBe(true);
	});

	it.each(stores)('%s forgets its oldest entry beyond its count bound', (_name, store) => {
		const { maxEntries } = store.bounds;
		for (let i = 0; i <= maxEntries; i++) store.set(`key-${i}`, i);

		expect(store.size).toBe(maxEntries);
		expect(store.get('key-0')).toBeUndefined();
		expect(store.get(`key-${maxEntries}`)).toBe(maxEntries);
	});

	it('has stores to check', () => {
		expect(stores.length).toBeGreaterThan(5);
	});

	it('forgetProcessMemory empties every store', () => {
		for (const [name, store] of stores) store.set(name, name);
		expect(stores.every(([, store]) => store.size === 1)).toBe(true);

		forgetProcessMemory();

		expect(stores.map(([name, store]) => [name, store.size])).toEqual(
			stores.map(([name]) => [name, 0]),
		);
	});
});
