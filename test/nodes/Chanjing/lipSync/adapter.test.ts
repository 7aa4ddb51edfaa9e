import type { IDataObject } from 'n8n-workflow';

import { lipSyncAdapter } from '../../../../nodes/Chanjing/lipSync/adapter';

/**
 * The lip-sync adapter: the ID of a create's answer, waiting, the status a detail means, the
 * lookup of a lost answer, the trigger's records. (The whole create on the wire:
 * LipSync.resource.test.ts.)
 */
const ID = '9a8b7c6d5e4f30211203f4e5d6c7b8a9';
const URL = 'https://cdn.example/v.mp4';

describe('lipSyncAdapter', () => {
	it('names the task a lip-sync video, its ID the video ID in videoId', () => {
		expect(lipSyncAdapter).toMatchObject({
			noun: 'lip-sync video',
			taskName: 'lip-sync video',
			idField: 'videoId',
			idName: 'video ID',
		});
	});

	it("reads the video ID of video_lip_sync/create's data, trimmed, and nothing else", () => {
		expect(lipSyncAdapter.submittedId(` ${ID} `)).toBe(ID);
		expect(lipSyncAdapter.submittedId({ id: ID })).toBeUndefined();
		expect(lipSyncAdapter.submittedId('')).toBeUndefined();
		expect(lipSyncAdapter.submittedId('   ')).toBeUndefined();
		expect(lipSyncAdapter.submittedId('a/b')).toBeUndefined();
		expect(lipSyncAdapter.submittedId(12345)).toBeUndefined();
		expect(lipSyncAdapter.submittedId(null)).toBeUndefined();
	});

	it('waits with GET video_lip_sync/detail?id=', () => {
		expect(lipSyncAdapter.detailRequest(ID)).toEqual({
			method: 'GET',
			url: '/open/v1/video_lip_sync/detail',
			qs: { id: ID },
		});
	});

	it('a detail is read with lip sync’s codes: 20 with a URL succeeded, 30 failed (not avatar video’s)', () => {
		const statusOf = (raw: IDataObject) => lipSyncAdapter.toTask(raw).status;
		expect(statusOf({ id: ID, status: 0 })).toBe('queued');
		expect(statusOf({ id: ID, status: 10 })).toBe('generating');
		expect(statusOf({ id: ID, status: 20, video_url: URL })).toBe('succeeded');
		expect(statusOf({ id: ID, status: 20, video_url: '' })).toBe('failed');
		expect(statusOf({ id: ID, status: 30, video_url: URL })).toBe('failed');
		expect(lipSyncAdapter.toTask({ id: ID, status: 20, video_url: URL })).toMatchObject({
			videoId: ID,
			videoUrl: URL,
		});
	});

	it('delivers one MP4 per video, attached to its item and named by the video ID', () => {
		const { outputs } = lipSyncAdapter;
		expect(outputs.kind).toBe('video');
		expect(outputs.layout).toBe('attach');
		expect(outputs.urls({ videoUrl: URL })).toEqual([URL]);
		expect(outputs.fileName(ID, 0)).toBe(ID);
	});

	it('uploads the footage for the lip_sync_video service', () => {
		expect(lipSyncAdapter.uploadService).toBe('lip_sync_video');
	});

	it('says that the charge for a failed video is not documented', () => {
		expect(lipSyncAdapter.failedNote).toBe(
			'Whether Chanjing charges for a failed lip-sync video is not documented.',
		);
	});
});

describe('lipSyncAdapter.reconcile: a lost answer looked up in video_lip_sync/list', () => {
	const { reconcile } = lipSyncAdapter;

	it('POSTs pages of 50, whatever the body was', () => {
		expect(reconcile.pageSize).toBe(50);
		expect(reconcile.listRequest({ audio_type: 'tts' }, 1)).toEqual({
			method: 'POST',
			url: '/open/v1/video_lip_sync/list',
			body: { page: 1, page_size: 50 },
		});
		expect(reconcile.listRequest({}, 4)).toEqual({
			method: 'POST',
			url: '/open/v1/video_lip_sync/list',
			body: { page: 4, page_size: 50 },
		});
	});

	it('reads a page leniently: list and page_info or pageInfo (D6), entries that are objects', () => {
		expect(
			reconcile.readPage({ list: [{ id: ID }, 'x', null], page_info: { total_page: 3 } }),
		).toEqual({ tasks: [{ id: ID }], totalPages: 3 });
		expect(reconcile.readPage({ list: [], pageInfo: { total_page: 2 } })).toEqual({
			tasks: [],
			totalPages: 2,
		});
		expect(reconcile.readPage(null)).toEqual({ tasks: [], totalPages: 0 });
	});

	it('an entry’s ID as text and its create_time in seconds', () => {
		expect(reconcile.idOf({ id: ID })).toBe(ID);
		expect(reconcile.idOf({ id: 42 })).toBe('42');
		expect(reconcile.createdAtS({ create_time: 1795500000 })).toBe(1795500000);
		expect(reconcile.createdAtS({ create_time: '1795500000' })).toBe(1795500000);
		expect(reconcile.createdAtS({})).toBeNaN();
	});

	it('the list keeps nothing of a request: any listed video matches, and the message says so', () => {
		expect(reconcile.matches({ id: ID, status: 10 }, { audio_type: 'tts' })).toBe(true);
		expect(reconcile.matches({}, {})).toBe(true);
		expect(reconcile.matchedFields).toBe(
			'account (the lip-sync list keeps nothing else of a request)',
		);
	});

	it('names what was asked for: the script (its first 80 characters), else the audio file', () => {
		const tts = (text: unknown) => ({ audio_type: 'tts', tts_config: { text } });
		expect(reconcile.lookFor(tts(['大家好', '欢迎']))).toBe('the script "大家好 欢迎"');
		expect(reconcile.lookFor(tts(['字'.repeat(100)]))).toBe(`the script "${'字'.repeat(80)}"`);
		expect(reconcile.lookFor(tts('one string'))).toBe('the script "one string"');
		expect(reconcile.lookFor({ audio_type: 'tts' })).toBe('the script ""');
		expect(reconcile.lookFor({ audio_type: 'audio', audio_file_id: 'file-audio' })).toBe(
			'the audio file file-audio',
		);
	});
});

describe('lipSyncAdapter.trigger: which callback records are lip-sync videos', () => {
	const trigger = lipSyncAdapter.trigger!;

	it('a record with an ID and a video_url (even empty) is one, by its trimmed ID', () => {
		expect(trigger.taskIdIn({ id: ` ${ID} `, status: 20, video_url: URL })).toBe(ID);
		expect(trigger.taskIdIn({ id: ID, status: 30, video_url: '' })).toBe(ID);
	});

	it('not without video_url, without an ID that is an ID, nor with an avatar video’s own fields', () => {
		expect(trigger.taskIdIn({ id: ID, status: 20 })).toBeUndefined();
		expect(trigger.taskIdIn({ video_url: URL })).toBeUndefined();
		expect(trigger.taskIdIn({ id: 'a/b', video_url: URL })).toBeUndefined();
		expect(trigger.taskIdIn({ id: 7, video_url: URL })).toBeUndefined();
		expect(
			trigger.taskIdIn({ id: ID, video_url: URL, subtitle_data_url: 'https://cdn.example/s.json' }),
		).toBeUndefined();
		expect(trigger.taskIdIn({ id: ID, video_url: URL, audio_urls: [] })).toBeUndefined();
	});

	it('lists with video_lip_sync/list, as the lookup of a lost answer does', () => {
		expect(trigger.listRequest!(2)).toEqual({
			method: 'POST',
			url: '/open/v1/video_lip_sync/list',
			body: { page: 2, page_size: 50 },
		});
	});
});
