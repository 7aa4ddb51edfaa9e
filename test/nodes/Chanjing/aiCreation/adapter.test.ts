import { aiCreationAdapter } from '../../../../nodes/Chanjing/aiCreation/adapter';
import { VIDEO_AGENT_WORDS } from '../../../../nodes/Chanjing/aiCreation/agentWords';
import { taskMatchesSubmit } from '../../../../nodes/Chanjing/aiCreation/taskMatch';
import { toTask } from '../../../../nodes/Chanjing/aiCreation/task';
import type { TaskOutputs } from '../../../../nodes/Chanjing/task/adapter';

const OUTPUTS: TaskOutputs = {
	kind: 'video',
	layout: 'attach',
	urls: (task) => [task.videoUrl],
	fileName: (id) => id,
};
const adapter = aiCreationAdapter(
	{ noun: 'video', taskName: 'video task', creationType: 4 },
	OUTPUTS,
	VIDEO_AGENT_WORDS,
);

describe('aiCreationAdapter', () => {
	it('names the task and its ID as the AI-creation endpoint does', () => {
		expect(adapter).toMatchObject({
			noun: 'video',
			taskName: 'video task',
			idField: 'creationId',
			idName: 'creation ID',
			uploadService: 'ai_creation',
			toTask,
		});
		expect(adapter.outputs).toBe(OUTPUTS);
		expect(adapter.agent).toBe(VIDEO_AGENT_WORDS);
	});

	describe('submittedId', () => {
		it('is the task ID in data, trimmed', () => {
			expect(adapter.submittedId('a60747d7-dc05-4afc-b2ef-ee4370ed53c6')).toBe(
				'a60747d7-dc05-4afc-b2ef-ee4370ed53c6',
			);
			expect(adapter.submittedId(' c-1 \n')).toBe('c-1');
		});

		it.each([
			['no data', undefined],
			['null', null],
			['an empty string', ''],
			['an object', { unique_id: 'c-1' }],
			['a number', 12345],
			['text that is no ID', 'not an id'],
		])('is undefined for %s', (_what, data) => {
			expect(adapter.submittedId(data)).toBeUndefined();
		});
	});

	it('reads one task by its ID', () => {
		expect(adapter.detailRequest('c-1')).toEqual({
			method: 'GET',
			url: '/open/v1/ai_creation/task',
			qs: { unique_id: 'c-1' },
		});
	});

	describe('the lookup after a lost answer', () => {
		const { reconcile } = adapter;

		it('lists the creation type of the submit, 50 a page, newest first', () => {
			expect(reconcile.pageSize).toBe(50);
			expect(reconcile.listRequest({ creation_type: 4, model_code: 'm' }, 1)).toEqual({
				method: 'POST',
				url: '/open/v1/ai_creation/task/page',
				body: { type: 4, page: 1, page_size: 50 },
			});
			expect(reconcile.listRequest({ creation_type: 3 }, 2).body).toEqual({
				type: 3,
				page: 2,
				page_size: 50,
			});
		});

		it('a Custom model’s creation type is the list it looks in', () => {
			expect(reconcile.listRequest({ creation_type: 7, model_code: 'new-model' }, 1).body).toEqual({
				type: 7,
				page: 1,
				page_size: 50,
			});
			expect(reconcile.listRequest({ creation_type: '5' }, 1).body).toMatchObject({ type: 5 });
		});

		it('without a creation type it looks among videos', () => {
			expect(reconcile.listRequest({}, 1).body).toMatchObject({ type: 4 });
			expect(reconcile.listRequest({ creation_type: 'video' }, 1).body).toMatchObject({ type: 4 });
		});

		it('reads a page leniently (pageInfo or page_info)', () => {
			expect(
				reconcile.readPage({ list: [{ unique_id: 'a' }], pageInfo: { total_page: 2 } }),
			).toEqual({
				tasks: [{ unique_id: 'a' }],
				totalPages: 2,
			});
		});

		it('reads a listed task’s ID and creation time', () => {
			expect(reconcile.idOf({ unique_id: 'c-9' })).toBe('c-9');
			expect(reconcile.createdAtS({ create_time: 1795500000 })).toBe(1795500000);
			expect(reconcile.createdAtS({})).toBeNaN();
		});

		it('matches as taskMatchesSubmit does and says what it compares', () => {
			expect(reconcile.matches).toBe(taskMatchesSubmit);
			expect(reconcile.matchedFields).toBe('model, prompt, frames, clarity and duration');
		});

		it('tells the user to look for the start of the prompt', () => {
			expect(reconcile.lookFor({ ref_prompt: 'A puppy runs on the grass' })).toBe(
				'the prompt "A puppy runs on the grass"',
			);
			expect(reconcile.lookFor({ ref_prompt: 'x'.repeat(200) })).toBe(
				`the prompt "${'x'.repeat(80)}"`,
			);
		});
	});
});

describe('aiCreationAdapter: what the Chanjing Trigger reads', () => {
	const image = aiCreationAdapter(
		{ noun: 'image task', taskName: 'image task', creationType: 3 },
		OUTPUTS,
		VIDEO_AGENT_WORDS,
	);

	it('reads the unique_id of a record of its own creation type only', () => {
		expect(adapter.trigger!.taskIdIn({ unique_id: ' v-1 ', type: 4 })).toBe('v-1');
		expect(adapter.trigger!.taskIdIn({ unique_id: 'i-1', type: 3 })).toBeUndefined();
		expect(image.trigger!.taskIdIn({ unique_id: 'i-1', type: 3 })).toBe('i-1');
		expect(image.trigger!.taskIdIn({ unique_id: 'v-1', type: 4 })).toBeUndefined();
		expect(adapter.trigger!.taskIdIn({ unique_id: 'a b', type: 4 })).toBeUndefined();
		expect(adapter.trigger!.taskIdIn({ id: 'v-1', type: 4 })).toBeUndefined();
	});

	it('lists the tasks of its creation type, 50 a page', () => {
		expect(adapter.trigger!.listRequest!(2)).toEqual({
			method: 'POST',
			url: '/open/v1/ai_creation/task/page',
			body: { type: 4, page: 2, page_size: 50 },
		});
		expect(image.trigger!.listRequest!(1).body).toEqual({ type: 3, page: 1, page_size: 50 });
	});
});
