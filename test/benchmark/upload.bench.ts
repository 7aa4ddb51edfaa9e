/**
 * Benchmark (not a test): binary frames against the simulator in its own process.
 * 1. What an upload adds: Generate "First Frame" from a URL (baseline) against the same from
 *    binary (a new image each run, so each one is uploaded), median of RUNS, real clock; and
 *    the requests per frame the simulator saw.
 * 2. Memory for a 20 MB image: peak growth of live memory (after a GC every 50 ms) and of RSS
 *    during one Generate, for n8n's filesystem binary mode (the item holds an ID) and its
 *    default mode (the item holds base64), with a 2 MB image and a URL frame as baselines.
 * Run: npm run bench
 */
import nock from 'nock';
import type { BinaryDataService } from 'n8n-core';
import type { IBinaryData, INodeExecutionData } from 'n8n-workflow';

import { processMemory } from '../../nodes/Chanjing/memory/processMemory';
import { runChanjing } from '../helpers/run-workflow';

/* eslint-disable @typescript-eslint/no-require-imports */
const { pngImage } = require('../helpers/images');
const { filesystemBinaryData } = require('../helpers/binary-data');
const { startSimulatorProcess, peakGrowth } = require('./upload-process');
const { printFigures } = require('./print');
/* eslint-enable @typescript-eslint/no-require-imports */

const RUNS = 5;
const MB = 1024 * 1024;
const URL_FRAME = 'https://example.com/frame.png';

interface Sim {
	url: string;
	stop: () => void;
}

async function simRequests(sim: Sim): Promise<Array<{ method: string; path: string }>> {
	return (await (await fetch(`${sim.url}/__sim/requests`)).json()) as Array<{
		method: string;
		path: string;
	}>;
}

async function generate(sim: Sim, frame: INodeExecutionData | 'url') {
	const started = Date.now();
	const { items, error } = await runChanjing({
		credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
		inputItems: [frame === 'url' ? { json: {} } : frame],
		parameters: {
			resource: 'video',
			operation: 'generate',
			mode: 'firstFrameToVideo',
			prompt: 'benchmark',
			...(frame === 'url'
				? { firstFrameUrl: URL_FRAME }
				: { firstFrameSource: 'binary', firstFrameBinaryProperty: 'data' }),
		},
	});
	if (error || !items?.[0].json.creationId) throw new Error(`generate failed: ${error?.message}`);
	return Date.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function inMemory(bytes: Buffer): INodeExecutionData {
	const binary: IBinaryData = {
		data: bytes.toString('base64'),
		mimeType: 'image/png',
		fileName: 'frame.png',
	};
	return { json: {}, binary: { data: binary } };
}

// nock (the unit tests' guard) records every request body it lets through: off for a real measure
beforeAll(() => nock.restore());

test('binary frames: time an upload adds, requests per frame, memory for a 20 MB image', async () => {
	const { service, remove } = (await filesystemBinaryData('chanjing-bench-')) as {
		service: BinaryDataService;
		remove: () => void;
	};
	const sim: Sim = await startSimulatorProcess();
	try {
		const stored = async (bytes: Buffer): Promise<INodeExecutionData> => ({
			json: {},
			binary: {
				data: await service.store(
					{ type: 'execution', workflowId: 'wf-test', executionId: 'exec-1' },
					bytes,
					{ data: '', mimeType: 'image/png', fileName: 'frame.png' },
				),
			},
		});

		// 1. time and requests
		await generate(sim, 'url'); // warm-up
		const urlTimes: number[] = [];
		for (let i = 0; i < RUNS; i++) urlTimes.push(await generate(sim, 'url'));
		await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
		const binaryTimes: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			processMemory.uploads.clear();
			binaryTimes.push(await generate(sim, inMemory(pngImage(640 + i, 360))));
		}
		const reqs = await simRequests(sim);
		const count = (pred: (r: { method: string; path: string }) => boolean) =>
			reqs.filter(pred).length / RUNS;
		const perFrame = {
			create: count((r) => r.path === '/open/v1/common/create_upload_url'),
			put: count((r) => r.method === 'PUT'),
			detail: count((r) => r.path === '/open/v1/common/file_detail'),
		};

		// 2. memory
		const big = pngImage(400, 400, { padTo: 20 * MB - 1024 });
		const small = pngImage(400, 400, { padTo: 2 * MB });
		const fsBig = await stored(big);
		const fsSmall = await stored(pngImage(401, 400, { padTo: 2 * MB }));
		const memBig = inMemory(pngImage(402, 400, { padTo: 20 * MB - 1024 }));
		const memSmall = inMemory(small);
		processMemory.uploads.clear();
		const memory = {
			urlFrame: await peakGrowth(() => generate(sim, 'url')),
			filesystem2: await peakGrowth(() => generate(sim, fsSmall)),
			filesystem20: await peakGrowth(() => generate(sim, fsBig)),
			default2: await peakGrowth(() => generate(sim, memSmall)),
			default20: await peakGrowth(() => generate(sim, memBig)),
		};

		const ms = (x: number) => `${x.toFixed(0)} ms`;
		const mb = (x: number) => `${x.toFixed(1)} MB`;
		const lines = [
			`simulator in its own process, file check ${1000} ms (its default); median of ${RUNS}`,
			`Generate, first frame from a URL (baseline): ${ms(median(urlTimes))}`,
			`Generate, first frame from binary (640x360 PNG, uploaded): ${ms(median(binaryTimes))}`,
			`time an upload adds: ${ms(median(binaryTimes) - median(urlTimes))}  (${(median(binaryTimes) / median(urlTimes)).toFixed(1)}x the baseline)`,
			`requests per binary frame: create_upload_url ${perFrame.create}, PUT ${perFrame.put}, file_detail ${perFrame.detail}  (file API: ${perFrame.create + perFrame.detail} of 30 per minute)`,
			`peak growth during one Generate, live memory (JS heap + buffers, after GC) / RSS:`,
			`  URL frame (baseline): ${mb(memory.urlFrame.live)} / ${mb(memory.urlFrame.rss)}`,
			`  filesystem mode: 2 MB image ${mb(memory.filesystem2.live)} / ${mb(memory.filesystem2.rss)}, 20 MB image ${mb(memory.filesystem20.live)} / ${mb(memory.filesystem20.rss)}`,
			`  default (memory) mode: 2 MB image ${mb(memory.default2.live)} / ${mb(memory.default2.rss)}, 20 MB image ${mb(memory.default20.live)} / ${mb(memory.default20.rss)}`,
		];
		printFigures(lines);
	} finally {
		sim.stop();
		remove();
	}
});
