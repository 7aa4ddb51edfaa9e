import nock from 'nock';

import { aiImageAdapter } from '../../../../nodes/Chanjing/aiImage/adapter';
import { aiVideoAdapter } from '../../../../nodes/Chanjing/aiVideo/adapter';
import { itemsOf, taskItems, taskJson } from '../../../../nodes/Chanjing/trigger/output';
import { TRIGGER_PRODUCTS, type TriggerProduct } from '../../../../nodes/Chanjing/trigger/products';
import { pollContext, triggerWorkflow } from '../../../helpers/trigger-context';
import {
	aiImageTask,
	aiVideoTask,
	customAvatarTask,
	lipSyncTask,
	voiceTask,
} from '../../../helpers/trigger-tasks';

/* eslint-disable @typescript-eslint/no-require-imports */
const { pngImage } = require('../../../helpers/images');
/* eslint-enable @typescript-eslint/no-require-imports */

const [AI_VIDEO, AI_IMAGE] = TRIGGER_PRODUCTS;
const productOf = (value: string) => TRIGGER_PRODUCTS.find((p) => p.value === value)!;
const LIP_SYNC: TriggerProduct = productOf('lipSync');
const CDN = 'https://cdn.chanjing.cc';
/** The first bytes of an MP4: a box of type ftyp. */
const VIDEO = Buffer.from([
	0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0xff, 0x00, 0x7f,
]);
const SETTINGS = { simplify: true, download: true, binaryPropertyName: 'file' };

const context = () => pollContext(triggerWorkflow({ triggerMode: 'polling' }));

describe('taskJson', () => {
	it("gives the product's simplified task with its product, or Chanjing's record", () => {
		const raw = aiVideoTask('vid-1');
		expect(taskJson({ product: AI_VIDEO, raw }, true)).toEqual({
			product: 'aiVideo',
			...aiVideoAdapter.toTask(raw),
		});
		expect(taskJson({ product: AI_VIDEO, raw }, false)).toBe(raw);
	});
});

describe('taskItems: Download', () => {
	it("attaches a video, checked by its bytes, in n8n's binary data", async () => {
		nock(CDN).get('/vid-1.mp4').reply(200, VIDEO, { 'content-type': 'video/mp4' });
		const [item] = await taskItems.call(
			context(),
			{ product: AI_VIDEO, raw: aiVideoTask('vid-1') },
			SETTINGS,
		);
		expect(item.json).toMatchObject({ product: 'aiVideo', creationId: 'vid-1' });
		expect(item.binary!.file).toMatchObject({ mimeType: 'video/mp4', fileName: 'vid-1.mp4' });
	});

	it('gives one item per image', async () => {
		const png = pngImage(2, 2);
		nock(CDN)
			.get('/img-1-0.png')
			.reply(200, png, { 'content-type': 'image/png' })
			.get('/img-1-1.png')
			.reply(200, png, { 'content-type': 'image/png' });
		const items = await taskItems.call(
			context(),
			{ product: AI_IMAGE, raw: aiImageTask('img-1') },
			SETTINGS,
		);
		expect(items).toHaveLength(2);
		const fields = aiImageAdapter.outputs.fileFields ?? { index: 'fileIndex', url: 'fileUrl' };
		expect(items.map((i) => i.json[fields.index])).toEqual([0, 1]);
		expect(items.map((i) => i.binary!.file.mimeType)).toEqual(['image/png', 'image/png']);
	});

	it('keeps the task when its file cannot be had: the item says why in downloadError', async () => {
		nock(CDN).get('/vid-1.mp4').reply(200, '<html>Not Found</html>', {
			'content-type': 'text/html',
		});
		const [item] = await taskItems.call(
			context(),
			{ product: AI_VIDEO, raw: aiVideoTask('vid-1') },
			SETTINGS,
		);
		expect(item.binary).toBeUndefined();
		expect(item.json.creationId).toBe('vid-1');
		expect(String(item.json.downloadError)).toMatch(/Could not download video vid-1/);
	});

	it('downloads nothing for a failed task; nothing at all without Download', async () => {
		const failed = aiVideoTask('vid-1', { progress_desc: 'Fail', output_url: [] });
		const tasks = [
			{ product: AI_VIDEO, raw: failed },
			{ product: AI_VIDEO, raw: aiVideoTask('vid-2') },
		];
		nock(CDN).get('/vid-2.mp4').reply(200, VIDEO, { 'content-type': 'video/mp4' });
		const downloaded = await itemsOf.call(context(), tasks, SETTINGS);
		expect(downloaded.map((i) => i.binary?.file?.fileName)).toEqual([undefined, 'vid-2.mp4']);
		const plain = await itemsOf.call(context(), tasks, { ...SETTINGS, download: false });
		expect(plain.map((i) => [i.json.creationId, i.binary])).toEqual([
			['vid-1', undefined],
			['vid-2', undefined],
		]);
	});

	it('attaches the MP4 of a lip-sync video', async () => {
		nock(CDN).get('/lip-1.mp4').reply(200, VIDEO, { 'content-type': 'video/mp4' });
		const [item] = await taskItems.call(
			context(),
			{ product: LIP_SYNC, raw: lipSyncTask('lip-1') },
			SETTINGS,
		);
		expect(item.json).toMatchObject({ product: 'lipSync', videoId: 'lip-1' });
		expect(item.binary!.file).toMatchObject({ mimeType: 'video/mp4', fileName: 'lip-1.mp4' });
	});

	it.each([
		['a cloned voice', 'voice', voiceTask('C-Audio-2'), 'voiceId'],
		['a custom avatar', 'customAvatar', customAvatarTask('C-me'), 'avatarId'],
	])(
		'attaches nothing for %s: it delivers an ID, no file is asked for',
		async (_, value, raw, idField) => {
			const [item, ...more] = await taskItems.call(
				context(),
				{ product: productOf(value), raw },
				SETTINGS,
			);
			expect(more).toEqual([]);
			expect(item.binary).toBeUndefined();
			expect(item.json.downloadError).toBeUndefined();
			expect(item.json[idField]).toBe(raw.id);
		},
	);
});
