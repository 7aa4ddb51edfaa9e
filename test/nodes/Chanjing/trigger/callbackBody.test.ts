import type { IDataObject } from 'n8n-workflow';

import {
	bodySize,
	candidatesOf,
	isTooLarge,
	taskRecordOf,
} from '../../../../nodes/Chanjing/trigger/callbackBody';
import { MAX_CALLBACK_BYTES } from '../../../../nodes/Chanjing/trigger/limits';
import { TRIGGER_PRODUCTS } from '../../../../nodes/Chanjing/trigger/products';
import {
	aiImageTask,
	aiVideoTask,
	avatarVideoTask,
	customAvatarTask,
	lipSyncTask,
	speechTask,
	voiceTask,
} from '../../../helpers/trigger-tasks';

describe('bodySize and isTooLarge', () => {
	it('reads the bytes n8n read, or the announced length when it kept none', () => {
		expect(bodySize({ headers: { 'content-length': '99' }, rawBody: Buffer.alloc(12) })).toBe(12);
		expect(bodySize({ headers: { 'content-length': '99' } })).toBe(99);
		expect(bodySize({ headers: {} })).toBe(0);
	});

	it(`refuses more than ${MAX_CALLBACK_BYTES} bytes`, () => {
		expect(isTooLarge({ headers: {}, rawBody: Buffer.alloc(MAX_CALLBACK_BYTES) })).toBe(false);
		expect(isTooLarge({ headers: {}, rawBody: Buffer.alloc(MAX_CALLBACK_BYTES + 1) })).toBe(true);
		expect(isTooLarge({ headers: { 'content-length': String(MAX_CALLBACK_BYTES + 1) } })).toBe(
			true,
		);
	});
});

describe('taskRecordOf', () => {
	it("reads the detail out of Chanjing's envelope, or the bare detail", () => {
		const detail = aiVideoTask('vid-1');
		expect(taskRecordOf({ trace_id: 't', code: 0, msg: 'success', data: detail })).toBe(detail);
		expect(taskRecordOf(detail)).toBe(detail);
	});

	it.each([null, 'vid-1', 3, [aiVideoTask('vid-1')]])('reads %p as no record', (body) => {
		expect(taskRecordOf(body)).toBeUndefined();
	});
});

describe('candidatesOf', () => {
	const of = (record: IDataObject) =>
		candidatesOf(record, TRIGGER_PRODUCTS).map((c) => [c.product.value, c.id]);

	it('names the product and the ID of each kind of record', () => {
		expect(of(aiVideoTask('vid-1'))).toEqual([['aiVideo', 'vid-1']]);
		expect(of(aiImageTask('img-1'))).toEqual([['aiImage', 'img-1']]);
		expect(of(avatarVideoTask('av-1'))).toEqual([['avatarVideo', 'av-1']]);
		expect(of(speechTask('C-Audio-1'))).toEqual([['speech', 'C-Audio-1']]);
		expect(of(lipSyncTask('lip-1'))).toEqual([
			['avatarVideo', 'lip-1'],
			['lipSync', 'lip-1'],
		]);
		expect(of(voiceTask('C-Audio-2'))).toEqual([['voice', 'C-Audio-2']]);
		expect(of(customAvatarTask('C-me'))).toEqual([['customAvatar', 'C-me']]);
	});

	it("does not read an avatar video's record (its subtitles, its audio) as a lip-sync video's", () => {
		expect(of(lipSyncTask('av-1', { subtitle_data_url: '' }))).toEqual([['avatarVideo', 'av-1']]);
		expect(of(lipSyncTask('av-1', { audio_urls: [] }))).toEqual([['avatarVideo', 'av-1']]);
	});

	it('knows a cloned voice by its sample or its model, a custom avatar by its type or cover', () => {
		const modelOnly = voiceTask('C-Audio-2');
		delete modelOnly.audio_path;
		expect(of(modelOnly)).toEqual([['voice', 'C-Audio-2']]);
		expect(of({ ...modelOnly, type: 'other' })).toEqual([]);
		const coverOnly = customAvatarTask('C-me');
		delete coverOnly.type;
		expect(of(coverOnly)).toEqual([['customAvatar', 'C-me']]);
	});

	it('names none for a record of no product, and only among the products chosen', () => {
		expect(of({ id: 'x' })).toEqual([]);
		expect(candidatesOf(aiVideoTask('vid-1'), TRIGGER_PRODUCTS.slice(1))).toEqual([]);
	});
});
