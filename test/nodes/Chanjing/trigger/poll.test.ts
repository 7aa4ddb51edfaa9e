import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import nock from 'nock';

import { pollFinishedTasks } from '../../../../nodes/Chanjing/trigger/poll';
import { envelope } from '../../../helpers/chanjing-api';
import { TEST_BASE_URL } from '../../../helpers/run-workflow';
import { pollContext, triggerWorkflow } from '../../../helpers/trigger-context';
import {
	AI_LIST,
	aiVideoTask,
	avatarVideoTask,
	CUSTOM_AVATAR_LIST,
	customAvatarTask,
	expectAiCreationDetail,
	expectListPage,
	LIP_SYNC_LIST,
	lipSyncTask,
	VIDEO_LIST,
} from '../../../helpers/trigger-tasks';

const T0 = 1_764_900_000;

/** AI video tasks as Chanjing lists them: made `minute` minutes after T0, in the state given. */
function video(id: string, minute: number, progress = 'Success'): IDataObject {
	return aiVideoTask(id, {
		create_time: T0 + minute * 60,
		progress_desc: progress,
		output_url: progress === 'Success' ? [`https://cdn.chanjing.cc/${id}.mp4`] : [],
	});
}
const running = (id: string, minute: number) => video(id, minute, 'Generating');
const failed = (id: string, minute: number) => video(id, minute, 'Fail');

function newestFirst(tasks: IDataObject[]): IDataObject[] {
	return [...tasks].sort((a, b) => Number(b.create_time) - Number(a.create_time));
}

/** The AI video list answers page 1 with these tasks (newest first). */
function listVideos(tasks: IDataObject[]): nock.Scope {
	return expectListPage(AI_LIST, { type: 4, page: 1, page_size: 50 }, newestFirst(tasks));
}

function parameters(extra: IDataObject = {}): IDataObject {
	return {
		triggerMode: 'polling',
		products: ['aiVideo'],
		outcome: 'succeeded',
		simplify: true,
		download: false,
		...extra,
	};
}

/**
 * A trigger that polls as n8n's ActiveWorkflowManager does: the same workflow object (and its
 * static data) from poll to poll; `saved` is what n8n has written to its database — after
 * activation and after a poll that emitted, not after a poll that returned nothing.
 */
class Poller {
	saved: IDataObject;
	private live: IDataObject;

	constructor(
		private readonly params: IDataObject,
		saved: IDataObject = {},
	) {
		this.saved = saved;
		this.live = JSON.parse(JSON.stringify(saved)) as IDataObject;
	}

	async poll(): Promise<INodeExecutionData[] | undefined> {
		const workflow = triggerWorkflow(this.params, this.live);
		const result = await pollFinishedTasks.call(pollContext(workflow));
		this.live = workflow.staticData;
		if (result !== null) this.save();
		return result?.[0];
	}

	/** Activation: the first poll, then n8n saves the static data whatever it returned. */
	async activate(): Promise<INodeExecutionData[] | undefined> {
		const items = await this.poll();
		this.save();
		return items;
	}

	/** n8n restarts: the next poll starts from what was saved. */
	restart(): Poller {
		return new Poller(this.params, JSON.parse(JSON.stringify(this.saved)) as IDataObject);
	}

	get state(): IDataObject {
		return this.live;
	}

	private save(): void {
		this.saved = JSON.parse(JSON.stringify(this.live)) as IDataObject;
	}
}

const ids = (items: INodeExecutionData[] | undefined) =>
	(items ?? []).map((i) => i.json.creationId);

describe('pollFinishedTasks: the first activation', () => {
	it('emits nothing old, and watches the running tasks', async () => {
		const trigger = new Poller(parameters());
		listVideos([video('old-1', 0), failed('old-2', 1), running('run-1', 2)]);
		expect(await trigger.activate()).toBeUndefined();
		expect(trigger.saved).toEqual({
			'node:Chanjing Trigger': {
				polled: {
					aiVideo: {
						since: T0 + 120,
						newest: T0 + 120,
						watching: { 'run-1': T0 + 120 },
						done: { 'old-1': T0, 'old-2': T0 + 60 },
					},
				},
			},
		});
	});

	it('emits the finished tasks of the lookback, oldest first, with Emit Tasks Finished Before Activation', async () => {
		const trigger = new Poller(
			parameters({ options: { emitExisting: true }, outcome: 'finished' }),
		);
		listVideos([video('old-1', 0), failed('old-2', 1), running('run-1', 2)]);
		expect(ids(await trigger.activate())).toEqual(['old-1', 'old-2']);
	});

	it('starts from an empty list', async () => {
		const trigger = new Poller(parameters());
		listVideos([]);
		expect(await trigger.activate()).toBeUndefined();
		listVideos([video('new-1', 0)]);
		expect(ids(await trigger.poll())).toEqual(['new-1']);
	});
});

describe('pollFinishedTasks: tasks that finish between polls', () => {
	it('emits each task once, when it has finished', async () => {
		const trigger = new Poller(parameters());
		listVideos([video('old-1', 0), running('run-1', 2)]);
		await trigger.activate();

		listVideos([video('old-1', 0), running('run-1', 2), running('run-2', 3)]);
		expect(await trigger.poll()).toBeUndefined();

		listVideos([video('old-1', 0), video('run-1', 2), running('run-2', 3), video('new-1', 4)]);
		expect(ids(await trigger.poll())).toEqual(['run-1', 'new-1']);

		listVideos([video('old-1', 0), video('run-1', 2), video('run-2', 3), video('new-1', 4)]);
		expect(ids(await trigger.poll())).toEqual(['run-2']);

		listVideos([video('old-1', 0), video('run-1', 2), video('run-2', 3), video('new-1', 4)]);
		expect(await trigger.poll()).toBeUndefined();
	});

	it('emits the task as the list gives it, simplified, with its product', async () => {
		const trigger = new Poller(parameters());
		listVideos([running('run-1', 2)]);
		await trigger.activate();
		listVideos([video('run-1', 2)]);
		const items = await trigger.poll();
		expect(items).toHaveLength(1);
		expect(items![0].json).toMatchObject({
			product: 'aiVideo',
			creationId: 'run-1',
			status: 'succeeded',
			videoUrl: 'https://cdn.chanjing.cc/run-1.mp4',
		});
	});

	it('emits Chanjing record unchanged with Simplify off', async () => {
		const trigger = new Poller(parameters({ simplify: false }));
		listVideos([running('run-1', 2)]);
		await trigger.activate();
		listVideos([video('run-1', 2)]);
		expect(await trigger.poll()).toEqual([{ json: video('run-1', 2) }]);
	});

	it.each([
		['succeeded', ['ok-1']],
		['failed', ['bad-1']],
		['finished', ['ok-1', 'bad-1']],
	])('emits the tasks that %s', async (outcome, expected) => {
		const trigger = new Poller(parameters({ outcome }));
		listVideos([running('ok-1', 1), running('bad-1', 2)]);
		await trigger.activate();
		listVideos([video('ok-1', 1), failed('bad-1', 2)]);
		expect(ids(await trigger.poll())).toEqual(expected);
		listVideos([video('ok-1', 1), failed('bad-1', 2)]);
		expect(await trigger.poll()).toBeUndefined();
	});

	it('asks for the detail of a watched task the list no longer shows, and forgets one Chanjing no longer has', async () => {
		const trigger = new Poller(parameters());
		listVideos([running('run-1', 1), running('run-2', 2)]);
		await trigger.activate();
		listVideos([]);
		expectAiCreationDetail('run-1', envelope(0, video('run-1', 1)));
		expectAiCreationDetail('run-2', envelope(40000, null, '任务不存在'));
		expect(ids(await trigger.poll())).toEqual(['run-1']);
		listVideos([]);
		expect(await trigger.poll()).toBeUndefined();
	});

	it('reads further pages down to what it must see', async () => {
		const trigger = new Poller(parameters());
		listVideos([running('run-1', 0)]);
		await trigger.activate();
		const page1 = Array.from({ length: 50 }, (_, i) => running(`new-${i}`, 100 - i));
		expectListPage(AI_LIST, { type: 4, page: 1, page_size: 50 }, page1, 2);
		expectListPage(AI_LIST, { type: 4, page: 2, page_size: 50 }, [video('run-1', 0)], 2);
		expect(ids(await trigger.poll())).toEqual(['run-1']);
	});
});

describe('pollFinishedTasks: lip sync and custom avatars', () => {
	const PAGE = { page: 1, page_size: 50 };
	const lip = (id: string, minute: number, status = 20) =>
		lipSyncTask(id, {
			create_time: T0 + minute * 60,
			status,
			video_url: status === 20 ? `https://cdn.chanjing.cc/${id}.mp4` : '',
		});
	const avatar = (id: string, minute: number, status = 2) =>
		customAvatarTask(id, { create_time: T0 + minute * 60, status });

	it('reads video_lip_sync/list and list_customised_person, and emits what finished since, oldest first', async () => {
		const trigger = new Poller(parameters({ products: ['lipSync', 'customAvatar'] }));
		expectListPage(LIP_SYNC_LIST, PAGE, [lip('lip-run', 2, 10), lip('lip-old', 0)]);
		expectListPage(CUSTOM_AVATAR_LIST, PAGE, [avatar('C-run', 1, 1)]);
		expect(await trigger.activate()).toBeUndefined();

		expectListPage(LIP_SYNC_LIST, PAGE, [
			lip('lip-new', 5, 30),
			lip('lip-run', 2),
			lip('lip-old', 0),
		]);
		expectListPage(CUSTOM_AVATAR_LIST, PAGE, [avatar('C-new', 4, 0), avatar('C-run', 1)]);
		const items = await trigger.poll();
		expect(items!.map((i) => [i.json.product, i.json.videoId ?? i.json.avatarId])).toEqual([
			['customAvatar', 'C-run'],
			['lipSync', 'lip-run'],
		]);

		expectListPage(LIP_SYNC_LIST, PAGE, [
			lip('lip-new', 5, 30),
			lip('lip-run', 2),
			lip('lip-old', 0),
		]);
		expectListPage(CUSTOM_AVATAR_LIST, PAGE, [avatar('C-new', 4), avatar('C-run', 1)]);
		const later = await trigger.poll();
		expect(later!.map((i) => i.json.avatarId)).toEqual(['C-new']);
	});

	it('emits a failed lip-sync video (status 30) when failed tasks are chosen', async () => {
		const trigger = new Poller(parameters({ products: ['lipSync'], outcome: 'failed' }));
		expectListPage(LIP_SYNC_LIST, PAGE, [lip('lip-run', 2, 10)]);
		await trigger.activate();
		expectListPage(LIP_SYNC_LIST, PAGE, [lip('lip-run', 2, 30)]);
		const items = await trigger.poll();
		expect(items!.map((i) => [i.json.videoId, i.json.status])).toEqual([['lip-run', 'failed']]);
	});
});

describe('pollFinishedTasks: a poll Chanjing cannot answer loses no task', () => {
	it.each([
		[
			'40001 (overloaded)',
			(scope: nock.Interceptor) => scope.reply(200, envelope(40001, null, '请求过于频繁')),
		],
		['a dropped connection', (scope: nock.Interceptor) => scope.replyWithError('socket hang up')],
		['HTTP 502', (scope: nock.Interceptor) => scope.reply(502, 'Bad Gateway')],
	])(
		'%s: the poll is passed over with its state unchanged; the next poll emits the task',
		async (_, answer) => {
			const trigger = new Poller(parameters());
			listVideos([running('run-1', 1)]);
			await trigger.activate();
			const before = JSON.parse(JSON.stringify(trigger.state)) as IDataObject;

			answer(nock(TEST_BASE_URL).post(AI_LIST));
			expect(await trigger.poll()).toBeUndefined();
			expect(trigger.state).toEqual(before);

			listVideos([video('run-1', 1), video('new-1', 2)]);
			expect(ids(await trigger.poll())).toEqual(['run-1', 'new-1']);
		},
	);

	it('passes over only the product whose list failed', async () => {
		const trigger = new Poller(parameters({ products: ['aiVideo', 'avatarVideo'] }));
		listVideos([running('run-1', 1)]);
		expectListPage(VIDEO_LIST, { page: 1, page_size: 50 }, [
			avatarVideoTask('av-1', { status: 10, video_url: '', create_time: T0 }),
		]);
		await trigger.activate();

		listVideos([video('run-1', 1)]);
		nock(TEST_BASE_URL)
			.post(VIDEO_LIST)
			.reply(200, envelope(40001, null, '请求过于频繁'));
		expect(ids(await trigger.poll())).toEqual(['run-1']);

		listVideos([video('run-1', 1)]);
		expectListPage(VIDEO_LIST, { page: 1, page_size: 50 }, [
			avatarVideoTask('av-1', { create_time: T0 }),
		]);
		const items = await trigger.poll();
		expect(items!.map((i) => [i.json.product, i.json.videoId])).toEqual([['avatarVideo', 'av-1']]);
	});

	it('fails the poll on an error that a later poll would meet again (a refused credential)', async () => {
		const trigger = new Poller(parameters());
		listVideos([running('run-1', 1)]);
		await trigger.activate();
		const before = JSON.parse(JSON.stringify(trigger.state)) as IDataObject;
		nock(TEST_BASE_URL)
			.post(AI_LIST)
			.reply(200, envelope(10400, null, 'AccessToken验证失败'));
		await expect(trigger.poll()).rejects.toThrow();
		expect(trigger.state).toEqual(before);
	});
});

describe('pollFinishedTasks: across a restart', () => {
	it('emits nothing twice and misses nothing, from the state n8n saved', async () => {
		let trigger = new Poller(parameters());
		listVideos([running('a', 1), running('b', 2)]);
		await trigger.activate();

		// a poll that emits nothing: n8n does not save it
		listVideos([running('a', 1), running('b', 2), running('c', 3)]);
		expect(await trigger.poll()).toBeUndefined();

		listVideos([video('a', 1), running('b', 2), running('c', 3)]);
		expect(ids(await trigger.poll())).toEqual(['a']);

		// tasks finish while n8n is down
		trigger = trigger.restart();
		listVideos([video('a', 1), video('b', 2), video('c', 3), running('d', 4), video('e', 5)]);
		expect(ids(await trigger.activate())).toEqual(['b', 'c', 'e']);

		listVideos([video('a', 1), video('b', 2), video('c', 3), video('d', 4), video('e', 5)]);
		expect(ids(await trigger.poll())).toEqual(['d']);
		listVideos([video('a', 1), video('b', 2), video('c', 3), video('d', 4), video('e', 5)]);
		expect(await trigger.poll()).toBeUndefined();
	});

	it('emits nothing twice after a restart that lost the polls which emitted nothing', async () => {
		let trigger = new Poller(parameters());
		listVideos([video('a', 1)]);
		await trigger.activate();
		listVideos([video('a', 1), running('b', 2)]);
		expect(await trigger.poll()).toBeUndefined();
		trigger = trigger.restart();
		listVideos([video('a', 1), video('b', 2)]);
		expect(ids(await trigger.activate())).toEqual(['b']);
	});
});

describe('pollFinishedTasks: other modes', () => {
	it('does nothing in Webhook mode (no request)', async () => {
		const workflow = triggerWorkflow(parameters({ triggerMode: 'webhook' }));
		expect(await pollFinishedTasks.call(pollContext(workflow))).toBeNull();
	});

	it('Fetch Test Event: the newest finished task of the list, the state left alone', async () => {
		const workflow = triggerWorkflow(parameters());
		listVideos([running('run-1', 3), video('ok-2', 2), video('ok-1', 1)]);
		const result = await pollFinishedTasks.call(pollContext(workflow, 'manual'));
		expect(result![0].map((i) => i.json.creationId)).toEqual(['ok-2']);
		expect(workflow.staticData).toEqual({});
	});

	it('Fetch Test Event with no finished task says what to do', async () => {
		const workflow = triggerWorkflow(parameters());
		listVideos([running('run-1', 3)]);
		await expect(pollFinishedTasks.call(pollContext(workflow, 'manual'))).rejects.toThrow(
			'No finished task to show yet',
		);
	});

	it('asks for a product when none is chosen', async () => {
		const workflow = triggerWorkflow(parameters({ products: [] }));
		await expect(pollFinishedTasks.call(pollContext(workflow))).rejects.toThrow(
			'Choose at least one product to poll',
		);
	});
});
