import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';

import {
	downloadOutput,
	problemWithDownload,
} from '../../../../nodes/Chanjing/completion/download';
import { pollTiming } from '../../../../nodes/Chanjing/completion/wait';
import type { MediaKind } from '../../../../nodes/Chanjing/media/mediaKind';
import type { TaskAdapter } from '../../../../nodes/Chanjing/task/adapter';
import { aiVideoAdapter } from '../../../../nodes/Chanjing/aiVideo/adapter';
import {
	envelope,
	expectSubmit,
	generateParameters,
	TEXT_BODY,
} from '../../../helpers/chanjing-api';
import { VIDEO_BYTES as VIDEO } from '../../../helpers/recording-chanjing';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../../helpers/run-workflow';
import { generateVideos, useFastSimulator } from '../../../helpers/fast-simulator';
import { chanjingSingleContext } from '../../../helpers/single-context';
import { rawTask, ID, TASK_PATH, VIDEO_HOST } from '../../../helpers/video-task';

/* eslint-disable @typescript-eslint/no-require-imports */
const { pngImage, jpegImage, webpImage } = require('../../../helpers/images');
/* eslint-enable @typescript-eslint/no-require-imports */

const MP3 = Buffer.concat([
	Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'),
	Buffer.alloc(64, 1),
]);
const WAV = Buffer.concat([
	Buffer.from('RIFF\x24\x08\x00\x00WAVEfmt ', 'latin1'),
	Buffer.alloc(64),
]);
const M4A = Buffer.concat([
	Buffer.from([0, 0, 0, 0x20]),
	Buffer.from('ftypM4A ', 'latin1'),
	Buffer.alloc(64),
]);
const HTML = Buffer.from('<!doctype html><html><body>Not Found</body></html>');

describe('problemWithDownload', () => {
	const ok = (kind: MediaKind, head: Buffer, headers: Record<string, unknown> = {}) =>
		problemWithDownload(200, headers, head, kind);

	it.each([
		['video', VIDEO],
		['image', pngImage(2, 2)],
		['audio', MP3],
	] as Array<[MediaKind, Buffer]>)(
		'a %s whose bytes say so is fine, whatever its content type',
		(kind, head) => {
			expect(ok(kind, head, { 'content-type': 'application/octet-stream' })).toBeUndefined();
			expect(ok(kind, head)).toBeUndefined();
		},
	);

	it('a content type of the kind is enough', () => {
		expect(ok('video', Buffer.from('....'), { 'content-type': 'video/quicktime' })).toBeUndefined();
		expect(ok('image', Buffer.from('GIF89a'), { 'content-type': 'image/gif' })).toBeUndefined();
		expect(ok('audio', Buffer.from('OggS'), { 'content-type': 'audio/ogg' })).toBeUndefined();
	});

	it.each([199, 302, 404, 500])('HTTP %i is refused', (status) => {
		expect(problemWithDownload(status, {}, VIDEO, 'video')).toBe(
			`the file server answered HTTP ${status}`,
		);
	});

	it('an empty file is refused, by its length or its bytes', () => {
		expect(ok('video', VIDEO, { 'content-length': '0' })).toBe(
			'the file is empty (content-length 0)',
		);
		expect(ok('image', Buffer.alloc(0))).toBe('the file is empty');
	});

	it.each([
		['video', 'a video'],
		['image', 'an image'],
		['audio', 'audio'],
	] as Array<[MediaKind, string]>)(
		'an HTML page is not %s: the content type and the first bytes are quoted',
		(kind, articled) => {
			expect(ok(kind, HTML, { 'content-type': 'text/html; charset=utf-8' })).toBe(
				`the answer is not ${articled} (content type text/html; charset=utf-8, starts with "<!doctype html><html><body>Not Found</body></html>")`,
			);
		},
	);

	it('without a content type says none, and quotes at most 120 characters on one line', () => {
		const problem = ok('video', Buffer.from(`line one\n\nline two ${'x'.repeat(300)}`));
		expect(problem).toMatch(
			/^the answer is not a video \(content type none, starts with "line one line two x+"\)$/,
		);
		expect(problem!.length).toBeLessThan(200);
	});

	it('an SVG is refused as an image', () => {
		expect(
			ok('image', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), {
				'content-type': 'image/svg+xml',
			}),
		).toMatch(/^the answer is not an image \(content type image\/svg\+xml/);
	});

	it('a video is not an image, an image is not audio', () => {
		expect(ok('image', VIDEO, { 'content-type': 'video/mp4' })).toMatch(/is not an image/);
		expect(ok('audio', pngImage(2, 2), { 'content-type': 'image/png' })).toMatch(/is not audio/);
	});
});

/** An adapter of each kind, as a product would make it (file name without extension). */
function adapterOf(kind: MediaKind): TaskAdapter {
	return {
		...aiVideoAdapter,
		noun: `${kind} task`,
		outputs: { ...aiVideoAdapter.outputs, kind, fileName: (id, index) => `${id}-${index + 1}` },
	};
}

/**
 * downloadOutput in n8n-core's own item context: the file is fetched by n8n's httpRequest as a
 * stream (nock on the wire) and kept by n8n's prepareBinaryData.
 */
async function download(kind: MediaKind, body: Buffer, headers: Record<string, string> = {}) {
	const scope = nock('https://files.example.com').get('/out/1').reply(200, body, headers);
	const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });
	const binary = await downloadOutput.call(
		context,
		adapterOf(kind),
		'c-1',
		'https://files.example.com/out/1',
	);
	expect(scope.isDone()).toBe(true);
	expect(Buffer.from(binary.data, 'base64')).toEqual(body);
	return binary;
}

describe('downloadOutput: the file name and MIME type come from the bytes', () => {
	it('a video is an MP4, whatever the server calls it', async () => {
		const binary = await download('video', VIDEO, { 'content-type': 'application/octet-stream' });
		expect(binary).toMatchObject({ fileName: 'c-1-1.mp4', mimeType: 'video/mp4' });
	});

	it.each([
		['a PNG', pngImage(4, 4), 'c-1-1.png', 'image/png'],
		['a JPEG', jpegImage(8, 8), 'c-1-1.jpg', 'image/jpeg'],
		['a WebP', webpImage(8, 8), 'c-1-1.webp', 'image/webp'],
	])('an image: %s sent as application/octet-stream', async (_what, bytes, fileName, mimeType) => {
		const binary = await download('image', bytes, { 'content-type': 'application/octet-stream' });
		expect(binary).toMatchObject({ fileName, mimeType });
	});

	it('an image whose bytes name no format keeps the server’s content type and no extension', async () => {
		const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
		const binary = await download('image', gif, { 'content-type': 'image/gif' });
		expect(binary).toMatchObject({ fileName: 'c-1-1', mimeType: 'image/gif' });
	});

	it.each([
		['an MP3 (ID3)', MP3, 'c-1-1.mp3', 'audio/mpeg'],
		['a WAV', WAV, 'c-1-1.wav', 'audio/wav'],
		['an M4A', M4A, 'c-1-1.m4a', 'audio/mp4'],
	])('audio: %s sent as application/octet-stream', async (_what, bytes, fileName, mimeType) => {
		const binary = await download('audio', bytes, { 'content-type': 'application/octet-stream' });
		expect(binary).toMatchObject({ fileName, mimeType });
	});

	it('audio whose bytes name no format keeps the server’s content type and no extension', async () => {
		const ogg = Buffer.concat([Buffer.from('OggS', 'latin1'), Buffer.alloc(32)]);
		const binary = await download('audio', ogg, { 'content-type': 'audio/ogg' });
		expect(binary).toMatchObject({ fileName: 'c-1-1', mimeType: 'audio/ogg' });
	});

	it('a task without a file URL yet is an error saying so, without a request', async () => {
		const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });
		await expect(downloadOutput.call(context, adapterOf('audio'), 'c-1', '')).rejects.toThrow(
			'Audio task c-1 has no audio URL to download yet',
		);
	});

	it.each([
		[undefined, "Chanjing's answer lists no URL for it"],
		['', "its URL in Chanjing's answer is empty"],
		[null, "its URL in Chanjing's answer is null"],
	])(
		'a finished task without a usable URL (%p): missing, not pending, without a request',
		async (url, reason) => {
			const { context } = chanjingSingleContext({
				accessToken: TEST_TOKEN,
				baseUrl: TEST_BASE_URL,
			});
			const error = (await downloadOutput
				.call(context, adapterOf('video'), 'c-1', url, 0, { finished: true })
				.catch((e: unknown) => e)) as Error & { description?: string };
			expect(error.message).toBe(`Video c-1 is missing: ${reason}`);
			expect(error.description).toMatch(
				/^The task succeeded at Chanjing but its answer gives no file URL/,
			);
		},
	);

	it('one file of several is named by its place: "image 2 of 4 of …"', async () => {
		const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });
		await expect(
			downloadOutput.call(context, adapterOf('image'), 'c-1', null, 1, {
				finished: true,
				total: 4,
			}),
		).rejects.toThrow(
			"Image 2 of 4 of image task c-1 is missing: its URL in Chanjing's answer is null",
		);
	});

	it('a refused answer names the kind, the host and the reason; the task stays at Chanjing', async () => {
		nock('https://files.example.com')
			.get('/out/1')
			.reply(200, HTML, { 'content-type': 'text/html' });
		const { context } = chanjingSingleContext({ accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL });

		const error = (await downloadOutput
			.call(context, adapterOf('image'), 'c-1', 'https://files.example.com/out/1')
			.catch((e: unknown) => e)) as Error & { description?: string };

		expect(error.message).toBe(
			'Could not download image c-1 from files.example.com: the answer is not an image (content type text/html, starts with "<!doctype html><html><body>Not Found</body></html>")',
		);
		expect(error.description).toBe(
			'The task succeeded and stays at Chanjing; the image is at https://files.example.com/out/1 (creation ID c-1). Downloading again is safe: it creates nothing.',
		);
	});
});

/** Answers the next polls of the task, in order. */
function polls(...answers: object[]) {
	const scope = nock(TEST_BASE_URL, { reqheaders: { access_token: TEST_TOKEN } });
	for (const answer of answers) scope.get(TASK_PATH).query({ unique_id: ID }).reply(200, answer);
	return scope;
}

function waitParameters(options: Record<string, unknown> = {}) {
	return generateParameters({
		options: { waitForCompletion: true, pollIntervalSeconds: 5, ...options },
	});
}

describe('Generate with Wait for Completion and Download Video (nock)', () => {
	const realTiming = { ...pollTiming };
	beforeEach(() => {
		// One simulated second lasts one millisecond: the polls are the ones a user gets, only faster.
		pollTiming.msPerSecond = 1;
	});
	afterEach(() => {
		Object.assign(pollTiming, realTiming);
	});

	it('downloads the video into the binary property, byte for byte', async () => {
		expectSubmit(TEXT_BODY, envelope(0, ID));
		polls(envelope(0, rawTask('Success')));
		const download = nock(VIDEO_HOST)
			.get(`/videos/${ID}.mp4`)
			.reply(200, VIDEO, { 'content-type': 'video/mp4' });

		const { items, error } = await runChanjing({
			parameters: waitParameters({ downloadVideo: true, binaryPropertyName: 'video' }),
		});

		expect(error).toBeUndefined();
		expect(download.isDone()).toBe(true);
		const binary = items![0].binary!.video;
		expect(binary).toMatchObject({
			fileName: `${ID}.mp4`,
			mimeType: 'video/mp4',
			fileExtension: 'mp4',
		});
		expect(Buffer.from(binary.data, 'base64')).toEqual(VIDEO);
	});

	it('a failed download names the host and the creation ID', async () => {
		expectSubmit(TEXT_BODY, envelope(0, ID));
		polls(envelope(0, rawTask('Success')));
		nock(VIDEO_HOST).get(`/videos/${ID}.mp4`).reply(404, 'gone');

		const { error } = await runChanjing({ parameters: waitParameters({ downloadVideo: true }) });

		expect(error?.message).toMatch(
			new RegExp(`^Could not download video ${ID} from cdn\\.chanjing\\.example: `),
		);
	});
});

/**
 * Against the local simulator (real HTTP on 127.0.0.1), which serves the video of each task it
 * renders and can answer a download with a fault.
 */
describe('Generate with Wait for Completion and Download Video (simulator)', () => {
	const sim = useFastSimulator();

	const generate = (prompts: string[], extra: INodeParameters = {}) =>
		generateVideos(sim, prompts, extra);

	const wait = { waitForCompletion: true, downloadVideo: true };

	it.each([
		[
			'an HTML page with HTTP 200',
			{ kind: 'body' },
			/the answer is not a video \(content type text\/html/,
		],
		['an empty file', { kind: 'body', contentType: 'video/mp4', body: '' }, /empty/],
		[
			'fewer bytes than announced',
			{ kind: 'body', contentType: 'video/mp4', body: 'xxxxxxxxftyp', contentLength: 5000 },
			/closed before the whole file/,
		],
		['HTTP 404', { kind: 'body', status: 404, contentType: 'text/plain', body: 'no' }, /HTTP 404/],
	])('%s is an error naming the creation ID, not a video', async (_name, fault, reason) => {
		sim.configure({ faultsFor: [{ path: '/files/*', ...fault }] });

		const { items, error } = await generate(['Video'], { options: wait });

		expect(items).toBeUndefined();
		expect(error?.message).toMatch(reason);
		expect(error?.description).toContain(sim.tasks()[0].unique_id);
	});

	it('a good video is kept byte for byte', async () => {
		const { items, error } = await generate(['Video'], { options: wait });

		expect(error).toBeUndefined();
		expect(items![0].binary?.data.mimeType).toBe('video/mp4');
		expect(Buffer.from(items![0].binary!.data.data, 'base64').subarray(4, 8).toString()).toBe(
			'ftyp',
		);
	});
});
