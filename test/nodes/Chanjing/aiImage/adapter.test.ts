import { aiImageAdapter } from '../../../../nodes/Chanjing/aiImage/adapter';

describe('aiImageAdapter', () => {
	it('an image task: one item per image, named imageIndex and imageUrl', () => {
		expect(aiImageAdapter).toMatchObject({ noun: 'image task', taskName: 'image task' });
		expect(aiImageAdapter.outputs).toMatchObject({
			kind: 'image',
			layout: 'itemPerFile',
			fileFields: { index: 'imageIndex', url: 'imageUrl' },
		});
	});

	it('its files are the task’s output URLs, in order', () => {
		expect(
			aiImageAdapter.outputs.urls({ outputUrls: ['https://a/1.png', 'https://a/2.png'] }),
		).toEqual(['https://a/1.png', 'https://a/2.png']);
		expect(aiImageAdapter.outputs.urls({ outputUrls: null })).toEqual([]);
		expect(aiImageAdapter.outputs.urls({})).toEqual([]);
	});

	it('names each file by the task and its place, counted from 1', () => {
		expect(aiImageAdapter.outputs.fileName('c-1', 0)).toBe('c-1-1');
		expect(aiImageAdapter.outputs.fileName('c-1', 3)).toBe('c-1-4');
	});

	it('looks up a lost submit among image tasks (type 3)', () => {
		expect(aiImageAdapter.reconcile.listRequest({ creation_type: 3 }, 1).body).toMatchObject({
			type: 3,
		});
	});
});
