import type { IDataObject } from 'n8n-workflow';

import { taskMatchesSubmit } from '../../../../nodes/Chanjing/aiCreation/taskMatch';

const START = 'https://cdn.example.com/start.png';
const END = 'https://cdn.example.com/end.png';

const VIDEO_BODY = {
	ref_prompt: 'A puppy runs on the grass',
	creation_type: 4,
	model_code: 'MiniMax-Hailuo-02',
	clarity: 720,
	video_duration: 6,
};

/** A video task as Chanjing's task list records it. */
function videoTask(info: IDataObject = {}, extra: IDataObject = {}): IDataObject {
	return {
		unique_id: 'c-1',
		type: 4,
		model_code: 'MiniMax-Hailuo-02',
		ref_img_url: [],
		motion_info: {
			ref_prompt: 'A puppy runs on the grass',
			clarity: 720,
			video_duration: 6,
			...info,
		},
		photo_info: null,
		...extra,
	};
}

const IMAGE_BODY = {
	ref_prompt: 'A red fox in fresh snow',
	creation_type: 3,
	model_code: 'doubao-seedream-4.0',
	number_of_images: 2,
	aspect_ratio: '1:1',
	clarity: 2048,
};

function imageTask(info: IDataObject = {}, extra: IDataObject = {}): IDataObject {
	return {
		unique_id: 'i-1',
		type: 3,
		model_code: 'doubao-seedream-4.0',
		motion_info: null,
		photo_info: {
			ref_prompt: 'A red fox in fresh snow',
			number_of_images: 2,
			aspect_ratio: '1:1',
			clarity: 2048,
			quality_mode: '',
			...info,
		},
		...extra,
	};
}

describe('taskMatchesSubmit: a video task', () => {
	it('matches the task its submit made', () => {
		expect(taskMatchesSubmit(videoTask(), VIDEO_BODY)).toBe(true);
	});

	it.each([
		['another model', videoTask({}, { model_code: 'tx_kling2.5' })],
		['another prompt', videoTask({ ref_prompt: 'A kitten' })],
		['another clarity', videoTask({ clarity: 1080 })],
		['another duration', videoTask({ video_duration: 10 })],
		['a record without the prompt', videoTask({ ref_prompt: undefined })],
		['frames the submit did not send', videoTask({}, { ref_img_url: [START] })],
	])('does not match %s', (_what, task) => {
		expect(taskMatchesSubmit(task, VIDEO_BODY)).toBe(false);
	});

	it('compares numbers by value (a record may keep "720")', () => {
		expect(taskMatchesSubmit(videoTask({ clarity: '720', video_duration: '6' }), VIDEO_BODY)).toBe(
			true,
		);
	});

	it('a record without clarity or duration (older tasks, other models) is not ruled out', () => {
		expect(
			taskMatchesSubmit(videoTask({ clarity: undefined, video_duration: undefined }), VIDEO_BODY),
		).toBe(true);
	});

	it('a field the submit did not send is not compared', () => {
		const withoutClarity: IDataObject = { ...VIDEO_BODY };
		delete withoutClarity.clarity;
		expect(taskMatchesSubmit(videoTask({ clarity: 1080 }), withoutClarity)).toBe(true);
	});

	describe('frames', () => {
		const firstAndLast = { ...VIDEO_BODY, start_frame: START, end_frame: END };

		it('start_frame and end_frame against the record’s ref_img_url, in order', () => {
			expect(taskMatchesSubmit(videoTask({}, { ref_img_url: [START, END] }), firstAndLast)).toBe(
				true,
			);
			expect(taskMatchesSubmit(videoTask({}, { ref_img_url: [END, START] }), firstAndLast)).toBe(
				false,
			);
			expect(taskMatchesSubmit(videoTask({}, { ref_img_url: [START] }), firstAndLast)).toBe(false);
		});

		it('a submit of ref_img_url against the record’s', () => {
			const body = { ...VIDEO_BODY, ref_img_url: [START, END] };
			expect(taskMatchesSubmit(videoTask({}, { ref_img_url: [START, END] }), body)).toBe(true);
		});

		it('start_frame wins over ref_img_url in the submit (Frame Fields "Both")', () => {
			const both = { ...firstAndLast, ref_img_url: [START, END] };
			expect(taskMatchesSubmit(videoTask({}, { ref_img_url: [START, END] }), both)).toBe(true);
		});

		it('a first frame recorded only as motion_info.photo_path_url', () => {
			const firstFrame = { ...VIDEO_BODY, start_frame: START };
			expect(taskMatchesSubmit(videoTask({ photo_path_url: START }), firstFrame)).toBe(true);
			expect(taskMatchesSubmit(videoTask({ photo_path_url: END }), firstFrame)).toBe(false);
			expect(taskMatchesSubmit(videoTask({ photo_path_url: START }), VIDEO_BODY)).toBe(false);
		});

		it('empty frames in the body are no frames', () => {
			expect(
				taskMatchesSubmit(videoTask({ photo_path_url: '' }), {
					...VIDEO_BODY,
					start_frame: '',
					end_frame: '',
				}),
			).toBe(true);
		});
	});
});

describe('taskMatchesSubmit: an image task (type 3, photo_info)', () => {
	it('matches the task its submit made', () => {
		expect(taskMatchesSubmit(imageTask(), IMAGE_BODY)).toBe(true);
	});

	it.each([
		['another number of images', imageTask({ number_of_images: 4 })],
		['another aspect ratio', imageTask({ aspect_ratio: '16:9' })],
		['another clarity', imageTask({ clarity: 4096 })],
	])('does not match %s', (_what, task) => {
		expect(taskMatchesSubmit(task, IMAGE_BODY)).toBe(false);
	});

	it('compares quality_mode when the submit sent it', () => {
		const wan = {
			...IMAGE_BODY,
			model_code: 'wan2.2-t2i',
			quality_mode: 'pro',
			clarity: undefined,
		};
		const task = (quality: string) =>
			imageTask({ quality_mode: quality, clarity: undefined }, { model_code: 'wan2.2-t2i' });
		expect(taskMatchesSubmit(task('pro'), wan)).toBe(true);
		expect(taskMatchesSubmit(task('std'), wan)).toBe(false);
	});

	it('reads the reference images of photo_info', () => {
		const body = { ...IMAGE_BODY, ref_img_url: [START] };
		expect(taskMatchesSubmit(imageTask({ ref_img_url: [START] }), body)).toBe(true);
		expect(taskMatchesSubmit(imageTask({ ref_img_url: [END] }), body)).toBe(false);
		expect(taskMatchesSubmit(imageTask({ ref_img_url: [] }), body)).toBe(false);
	});

	it('an image task is not read as a video task: its motion_info does not count', () => {
		const task = imageTask({}, { motion_info: { ref_prompt: 'other', clarity: 1 } });
		expect(taskMatchesSubmit(task, IMAGE_BODY)).toBe(true);
	});
});
