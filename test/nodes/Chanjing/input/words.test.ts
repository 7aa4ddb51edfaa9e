import { oneOf } from '../../../../nodes/Chanjing/input/words';

describe('oneOf', () => {
	it.each([
		[[], ''],
		[['a'], 'a'],
		[['a', 'b'], 'a or b'],
		[['a', 'b', 'c'], 'a, b or c'],
		[['720p', '1080p', '1440p', '2160p'], '720p, 1080p, 1440p or 2160p'],
	])('%j → %j', (values, words) => {
		expect(oneOf(values)).toBe(words);
	});
});
