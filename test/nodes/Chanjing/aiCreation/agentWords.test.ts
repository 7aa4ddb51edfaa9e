import {
	IMAGE_AGENT_WORDS,
	VIDEO_AGENT_WORDS,
} from '../../../../nodes/Chanjing/aiCreation/agentWords';

describe('what a model reads of a video task', () => {
	it('a finished video: its URL', () => {
		expect(
			VIDEO_AGENT_WORDS.nextStep({
				status: 'succeeded',
				videoUrl: 'https://cdn.example.com/v.mp4',
			}),
		).toBe('The video is ready: https://cdn.example.com/v.mp4');
	});

	it('a failed one: Chanjing’s reason, or that it gave none, and that submitting again costs', () => {
		expect(VIDEO_AGENT_WORDS.nextStep({ status: 'failed', errorMessage: 'bad frame' })).toMatch(
			/^The video task failed: bad frame\. Submitting again costs credits again/,
		);
		expect(VIDEO_AGENT_WORDS.nextStep({ status: 'failed', errorMessage: null })).toMatch(
			/^The video task failed: Chanjing gave no reason\./,
		);
	});

	it.each(['queued', 'generating', 'unknown'])('%s: not ready, call Get again', (status) => {
		expect(VIDEO_AGENT_WORDS.nextStep({ status })).toBe(
			`The video is not ready yet (${status}). Call Get again with this creationId in about a minute.`,
		);
	});

	it('right after a submit: get, do not submit again', () => {
		expect(VIDEO_AGENT_WORDS.submitted).toMatch(/Get operation and this creationId/);
		expect(VIDEO_AGENT_WORDS.submitted).toMatch(/Do not submit again/);
	});
});

describe('what a model reads of an image task', () => {
	it('finished images: their URLs', () => {
		expect(
			IMAGE_AGENT_WORDS.nextStep({
				status: 'succeeded',
				outputUrls: ['https://cdn.example.com/1.png', 'https://cdn.example.com/2.png'],
			}),
		).toBe('The images are ready: https://cdn.example.com/1.png https://cdn.example.com/2.png');
	});

	it('a failed one says why', () => {
		expect(IMAGE_AGENT_WORDS.nextStep({ status: 'failed', errorMessage: 'nsfw' })).toMatch(
			/^The image task failed: nsfw\./,
		);
	});

	it('a running one: call Get again', () => {
		expect(IMAGE_AGENT_WORDS.nextStep({ status: 'queued' })).toMatch(
			/^The images are not ready yet \(queued\)\. Call Get again/,
		);
	});

	it('Download Images is ignored as a tool, and the words say so', () => {
		expect(IMAGE_AGENT_WORDS.downloadIgnored).toMatch(/^ Download Images is ignored/);
		expect(VIDEO_AGENT_WORDS.downloadIgnored).toMatch(/^ Download Video is ignored/);
	});
});
