import { processMemory } from '../../../../nodes/Chanjing/memory/processMemory';
import {
	FILE_API_REQUESTS_PER_MINUTE,
	paceFileApiRequest,
	uploadTiming,
} from '../../../../nodes/Chanjing/upload/filePacing';

/** A minute of the file API plus its second of margin, in (fake) ms. */
const WINDOW_MS = 61_000;

/** Books `count` requests of `key`, each of which must get its turn at once. */
async function bookAtOnce(key: string, count: number): Promise<Array<() => void>> {
	const bookings: Array<() => void> = [];
	for (let i = 0; i < count; i++) bookings.push(await paceFileApiRequest(key));
	return bookings;
}

/** Whether the promise has settled, after the timers due by now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
	let done = false;
	void promise.then(() => (done = true));
	await jest.advanceTimersByTimeAsync(0);
	return done;
}

beforeEach(() => {
	jest.useFakeTimers({ now: 1_000_000 });
	uploadTiming.msPerSecond = 1000;
});
afterEach(() => jest.useRealTimers());

describe('paceFileApiRequest', () => {
	it(`lets ${FILE_API_REQUESTS_PER_MINUTE} requests of a credential go at once`, async () => {
		expect(FILE_API_REQUESTS_PER_MINUTE).toBe(30);
		const before = Date.now();

		await bookAtOnce('cred-1', 30);

		expect(Date.now()).toBe(before);
		expect(processMemory.fileApiRequests.get('cred-1')).toEqual(Array(30).fill(Infinity));
	});

	it('the 31st waits a minute and a second from the first answer, not from its sending', async () => {
		const bookings = await bookAtOnce('cred-1', 30);
		jest.advanceTimersByTime(5_000);
		const answeredAt = Date.now();
		bookings[0]();

		const next = paceFileApiRequest('cred-1');
		expect(await settled(next)).toBe(false);
		await jest.advanceTimersByTimeAsync(WINDOW_MS - 1);
		expect(await settled(next)).toBe(false);
		await jest.advanceTimersByTimeAsync(1);
		expect(await settled(next)).toBe(true);
		expect(Date.now()).toBe(answeredAt + WINDOW_MS);
	});

	it('requests in flight hold their place: none goes while 30 are unanswered', async () => {
		const bookings = await bookAtOnce('cred-1', 30);

		const next = paceFileApiRequest('cred-1');
		await jest.advanceTimersByTimeAsync(10 * WINDOW_MS);
		expect(await settled(next)).toBe(false);

		bookings[29]();
		await jest.advanceTimersByTimeAsync(WINDOW_MS);
		expect(await settled(next)).toBe(true);
	});

	it('an answer marks one in-flight booking with its time', async () => {
		const [first] = await bookAtOnce('cred-1', 2);
		jest.advanceTimersByTime(1234);

		first();

		expect(processMemory.fileApiRequests.get('cred-1')).toEqual([1_000_000 + 1234, Infinity]);
	});

	it('answers older than the window no longer count', async () => {
		const bookings = await bookAtOnce('cred-1', 30);
		for (const answered of bookings) answered();
		jest.advanceTimersByTime(WINDOW_MS + 1);

		const next = paceFileApiRequest('cred-1');

		expect(await settled(next)).toBe(true);
		expect(processMemory.fileApiRequests.get('cred-1')).toEqual([Infinity]);
	});

	it('credentials are paced apart', async () => {
		await bookAtOnce('cred-1', 30);

		const other = paceFileApiRequest('cred-2');

		expect(await settled(other)).toBe(true);
	});

	it('a shorter second (tests) shrinks the window', async () => {
		uploadTiming.msPerSecond = 10;
		const bookings = await bookAtOnce('cred-1', 30);
		bookings[0]();

		const next = paceFileApiRequest('cred-1');
		await jest.advanceTimersByTimeAsync(61 * 10);

		expect(await settled(next)).toBe(true);
	});
});
