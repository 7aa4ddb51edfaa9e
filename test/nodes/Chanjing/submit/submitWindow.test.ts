import {
	placeInWindow,
	submitWindow,
	windowTiming,
} from '../../../../nodes/Chanjing/submit/submitWindow';

const SENT_AT_MS = 1_800_000_000_500;

describe('submitWindow', () => {
	it("Chanjing's clock unknown: from 2 min before, nothing surely after, not known", () => {
		expect(submitWindow(SENT_AT_MS, undefined)).toEqual({
			fromS: 1_800_000_000 - windowTiming.unknownClockSkewS,
			afterS: Infinity,
			clockKnown: false,
		});
	});

	it('a known clock bounds it to the seconds around the submit (± 1 s for its servers)', () => {
		const w = submitWindow(SENT_AT_MS, { lowMs: -100, highMs: 200, sinceMs: 0 });

		expect(w).toEqual({ fromS: 1_799_999_999, afterS: 1_800_000_002, clockKnown: true });
		expect(placeInWindow(1_799_999_998, w)).toBe('before');
		expect(placeInWindow(1_800_000_000, w)).toBe('around');
		expect(placeInWindow(1_800_000_002, w)).toBe('after');
		expect(placeInWindow(NaN, w)).toBe('around');
	});

	it("the offset moves the window onto Chanjing's clock", () => {
		const w = submitWindow(SENT_AT_MS, { lowMs: -300_000, highMs: -299_000, sinceMs: 0 });
		expect(w.fromS).toBe(1_800_000_000 - 301);
		expect(placeInWindow(1_800_000_000 - 60, w)).toBe('after');
	});

	it('a clock known to more than 5 s cannot claim a task around the submit', () => {
		expect(submitWindow(SENT_AT_MS, { lowMs: 0, highMs: 6000, sinceMs: 0 }).clockKnown).toBe(false);
	});
});
