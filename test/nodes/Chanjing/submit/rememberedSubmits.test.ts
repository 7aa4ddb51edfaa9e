import {
	knownCreationIds,
	rememberedSubmit,
	rememberSubmit,
	submitKey,
} from '../../../../nodes/Chanjing/submit/rememberedSubmits';
import { itemContext } from '../../../helpers/item-context';

const BODY = {
	ref_prompt: 'A puppy',
	creation_type: 4,
	model_code: 'MiniMax-Hailuo-02',
	clarity: 720,
};

describe('submitKey', () => {
	const item = itemContext({ executionId: 'exec-7', itemIndex: 2 });

	it('is the same for the same body, whatever the order of its keys', () => {
		const reordered = {
			clarity: 720,
			model_code: 'MiniMax-Hailuo-02',
			creation_type: 4,
			ref_prompt: 'A puppy',
		};
		expect(submitKey(item, reordered)).toBe(submitKey(item, BODY));
	});

	it('a field left undefined is no field (as JSON sends it)', () => {
		expect(submitKey(item, { ...BODY, callback: undefined })).toBe(submitKey(item, BODY));
	});

	it('nested values count in order where order matters (frames)', () => {
		const frames = (urls: string[]) => submitKey(item, { ...BODY, ref_img_url: urls });
		expect(frames(['a', 'b'])).not.toBe(frames(['b', 'a']));
		expect(submitKey(item, { ...BODY, meta: { b: 1, a: 2 } })).toBe(
			submitKey(item, { ...BODY, meta: { a: 2, b: 1 } }),
		);
	});

	it.each([
		['another value', { ...BODY, clarity: 1080 }],
		['a number as text', { ...BODY, clarity: '720' }],
		['one more field', { ...BODY, callback: 'https://n8n.example.com/hook' }],
		['null for a field', { ...BODY, clarity: null }],
	])('differs for %s', (_what, body) => {
		expect(submitKey(item, body)).not.toBe(submitKey(item, BODY));
	});

	it('keeps executions, nodes and items apart (two items with the same input are two tasks)', () => {
		const key = submitKey(item, BODY);
		expect(submitKey(itemContext({ executionId: 'exec-8', itemIndex: 2 }), BODY)).not.toBe(key);
		expect(submitKey(itemContext({ executionId: 'exec-7', itemIndex: 3 }), BODY)).not.toBe(key);
		expect(
			submitKey(
				itemContext({ executionId: 'exec-7', itemIndex: 2, node: { name: 'Other' } }),
				BODY,
			),
		).not.toBe(key);
	});

	it('holds no part of the body as text (a prompt may be long or private)', () => {
		expect(submitKey(item, BODY)).not.toContain('puppy');
	});
});

describe('remembered submits', () => {
	it('a remembered submit is found by its key, with its creation and trace IDs', () => {
		expect(rememberedSubmit('k-1')).toBeUndefined();

		rememberSubmit('k-1', 'creation-1', 'trace-1');

		expect(rememberedSubmit('k-1')).toEqual({ creationId: 'creation-1', traceId: 'trace-1' });
		expect(rememberedSubmit('k-2')).toBeUndefined();
	});

	it('a submit recovered from the task list has no trace ID', () => {
		rememberSubmit('k-1', 'creation-1');
		expect(rememberedSubmit('k-1')).toEqual({ creationId: 'creation-1', traceId: '' });
	});

	it('knownCreationIds: every creation ID some item holds, once', () => {
		expect(knownCreationIds()).toEqual(new Set());

		rememberSubmit('k-1', 'creation-1');
		rememberSubmit('k-2', 'creation-2');
		rememberSubmit('k-3', 'creation-1');

		expect(knownCreationIds()).toEqual(new Set(['creation-1', 'creation-2']));
	});
});
