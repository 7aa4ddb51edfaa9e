import { isTaskId } from '../../../../nodes/Chanjing/task/taskId';

describe('isTaskId', () => {
	it.each([
		['a UUID', 'a60747d7-dc05-4afc-b2ef-ee4370ed53c6'],
		['an audio task ID', 'C-Audio-20251125-0001'],
		['underscores', 'task_1'],
		['one character', '7'],
		['spaces around it', '  a60747d7-dc05-4afc-b2ef-ee4370ed53c6\n'],
		['128 characters', 'a'.repeat(128)],
	])('takes %s', (_what, value) => {
		expect(isTaskId(value)).toBe(true);
	});

	it.each([
		['an empty string', ''],
		['only spaces', '   '],
		['129 characters', 'a'.repeat(129)],
		['a leading dash', '-abc'],
		['a leading underscore', '_abc'],
		['a space inside', 'abc def'],
		['a slash (a path, not an ID)', '../task'],
		['a dot', 'a.b'],
		['a number', 123],
		['an object', { id: 'abc' }],
		['null', null],
		['undefined', undefined],
	])('refuses %s', (_what, value) => {
		expect(isTaskId(value)).toBe(false);
	});
});
