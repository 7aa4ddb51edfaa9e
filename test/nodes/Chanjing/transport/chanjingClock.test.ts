import {
	chanjingClockOffset,
	learnFromCreateTime,
	learnFromDateHeader,
} from '../../../../nodes/Chanjing/transport/chanjingClock';

const BASE = 'https://open-api.chanjing.cc';
const NOW = Date.now();
const stamp = (ms: number) => new Date(ms).toUTCString();

describe("Chanjing's clock from its answers", () => {
	it('nothing learnt: unknown', () => {
		expect(chanjingClockOffset(BASE)).toBeUndefined();
	});

	it('one Date header bounds the offset within a second plus the round trip', () => {
		// Chanjing 30 s ahead; the answer took 200 ms; D = whole seconds
		const d = Math.floor((NOW + 30_000) / 1000) * 1000;
		learnFromDateHeader(BASE, stamp(d), NOW - 200, NOW);

		expect(chanjingClockOffset(BASE)).toMatchObject({
			lowMs: d - NOW,
			highMs: d + 1000 - NOW + 200,
		});
	});

	it('answers narrow it; a contradicting one (a clock was set) starts again', () => {
		learnFromDateHeader(BASE, stamp(10_000_000), 10_000_000 - 100, 10_000_000 + 100);
		learnFromDateHeader(BASE, stamp(20_000_000), 20_000_000 - 600, 20_000_000 - 500);
		expect(chanjingClockOffset(BASE)).toMatchObject({ lowMs: 500, highMs: 1100 });

		learnFromDateHeader(BASE, stamp(30_000_000 + 60_000), 30_000_000, 30_000_000);
		expect(chanjingClockOffset(BASE)).toMatchObject({ lowMs: 60_000, highMs: 61_000 });
	});

	it('a missing or unreadable Date header teaches nothing', () => {
		learnFromDateHeader(BASE, undefined, NOW, NOW);
		learnFromDateHeader(BASE, 'yesterday-ish', NOW, NOW);
		expect(chanjingClockOffset(BASE)).toBeUndefined();
	});

	it("a task's create_time, with when its submit left and was answered", () => {
		learnFromCreateTime(BASE, 1_800_000_000, 1_800_000_000_300, 1_800_000_000_400);
		expect(chanjingClockOffset(BASE)).toMatchObject({ lowMs: -400, highMs: 700 });
	});

	it('each Base URL has its own clock', () => {
		learnFromDateHeader(BASE, stamp(NOW), NOW, NOW);
		expect(chanjingClockOffset('http://127.0.0.1:9')).toBeUndefined();
	});
});
