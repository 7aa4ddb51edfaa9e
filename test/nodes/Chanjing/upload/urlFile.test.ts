import nock from 'nock';

import { videoRules } from '../../../../nodes/Chanjing/media/videoRules';
import { readUrlFile } from '../../../../nodes/Chanjing/upload/urlFile';
import { sha } from '../../../helpers/file-api';
import { chanjingSingleContext } from '../../../helpers/single-context';
import { TEST_TOKEN } from '../../../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sampleVideo } = require('../../../simulator/sample-video');

/**
 * A file given by URL, fetched in n8n-core's item context (its httpRequest helper) with nock:
 * checked by its bytes as a binary file is, or refused naming the field, with no token sent.
 */
const HOST = 'https://files.example.com';
const VIDEO: Buffer = sampleVideo();
const rules = videoRules({ maxBytes: 10_000 });
const context = () => chanjingSingleContext({ accessToken: TEST_TOKEN }).context;

describe('readUrlFile', () => {
	it('fetches the bytes (no access token), names the upload by their hash and real format', async () => {
		const scope = nock(HOST, { badheaders: ['access_token'] })
			.get('/clip')
			.reply(200, VIDEO, { 'Content-Type': 'application/octet-stream' });
		const file = await readUrlFile(context(), 'Video URL', `${HOST}/clip`, rules);
		expect(scope.isDone()).toBe(true);
		expect(file).toMatchObject({
			field: 'Video URL',
			format: 'mp4',
			sizeBytes: VIDEO.length,
			sha256: sha(VIDEO),
			uploadName: `${sha(VIDEO).slice(0, 16)}.mp4`,
		});
		expect(((await file.body()) as Buffer).equals(VIDEO)).toBe(true);
	});

	it('an HTTP error names the field and the status', async () => {
		nock(HOST).get('/gone').reply(404, 'Not Found');
		await expect(readUrlFile(context(), 'Audio URL', `${HOST}/gone`, rules)).rejects.toThrow(
			'Audio URL could not be fetched: HTTP 404',
		);
	});

	it('a refused connection names the field', async () => {
		nock(HOST).get('/down').replyWithError('connect ECONNREFUSED');
		const error = await readUrlFile(context(), 'Video URL', `${HOST}/down`, rules).catch(
			(e: Error & { description?: string }) => e,
		);
		expect(error).toMatchObject({
			message: 'Video URL could not be fetched: its server did not answer',
			description: expect.stringMatching(/ECONNREFUSED/),
		});
	});

	it('bytes the rules refuse (an HTML page, a file over the limit) name the field and why', async () => {
		nock(HOST)
			.get('/page')
			.reply(200, '<!doctype html><html></html>', { 'Content-Type': 'video/mp4' });
		await expect(readUrlFile(context(), 'Video URL', `${HOST}/page`, rules)).rejects.toThrow(
			'Video URL is not an MP4, MOV or WebM video',
		);
		nock(HOST)
			.get('/big')
			.reply(200, Buffer.concat([VIDEO, Buffer.alloc(2 * 1024 * 1024)]));
		const twoMb = videoRules({ maxBytes: 2 * 1024 * 1024 });
		await expect(readUrlFile(context(), 'Video URL', `${HOST}/big`, twoMb)).rejects.toThrow(
			/^Video URL is 2\.0 MB; the node sends videos under 2 MB$/,
		);
	});
});
