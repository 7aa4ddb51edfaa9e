/**
 * Benchmark (not a test): Get with Download Video of a 200 MB video (the simulator streams it
 * from a generator), in n8n-core's filesystem binary data mode and, as the comparison in the
 * same run, in its default (in-memory) mode. Prints the peak resident memory over the
 * baseline just before each download (sampled every 10 ms).
 * Run: npm run bench
 */
import nock from 'nock';

import { runChanjing } from '../helpers/run-workflow';

/* eslint-disable @typescript-eslint/no-require-imports */
const { useFilesystemBinaryData, binaryDataService, peakRssDuring } = require('./memory');
const { printFigures } = require('./print');
const { startSimulator } = require('../simulator');
/* eslint-enable @typescript-eslint/no-require-imports */

const storage = useFilesystemBinaryData();

const BYTES = 200 * 1000 * 1000;
const GB = 1024 ** 3;

test('a 200 MB video download: peak memory over baseline per binary data mode', async () => {
	// Real sockets only: nock's pass-through to 127.0.0.1 aborts large streamed bodies.
	nock.restore();
	const service = await binaryDataService();
	const sim = await startSimulator({ qps: null, renderMs: 0 });
	try {
		const submit = await fetch(`${sim.url}/open/v1/ai_creation/task/submit`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', access_token: 'sim-static-token' },
			body: JSON.stringify({
				ref_prompt: 'Big',
				creation_type: 4,
				model_code: 'MiniMax-Hailuo-02',
				clarity: 720,
				video_duration: 6,
			}),
		});
		const creationId = ((await submit.json()) as { data: string }).data;
		const download = async (mode: string) => {
			service.mode = mode;
			sim.configure({ faultsFor: [{ path: '/files/*', kind: 'bigFile', bytes: BYTES }] });
			let size = '';
			const memory = await peakRssDuring(async () => {
				const { items, error } = await runChanjing({
					credentials: { accessToken: 'sim-static-token', baseUrl: sim.url },
					parameters: {
						resource: 'video',
						operation: 'get',
						creationId,
						options: { downloadVideo: true },
					},
				});
				if (error) throw error;
				size = String(items?.[0].binary?.data.fileSize);
			});
			return {
				mode,
				size,
				overGb: (memory.peak - memory.baseline) / GB,
				baselineGb: memory.baseline / GB,
			};
		};
		const filesystem = await download('filesystem-v2');
		const inMemory = await download('default');
		printFigures([
			`download of a ${BYTES / 1e6} MB video (goal in filesystem mode: <= 0.1 GB over baseline)`,
			...[filesystem, inMemory].map(
				(r) =>
					`  ${r.mode.padEnd(14)} file ${r.size}, peak RSS over baseline ${r.overGb.toFixed(3)} GB (baseline ${r.baselineGb.toFixed(2)} GB)`,
			),
		]);
		expect(filesystem.overGb).toBeLessThan(inMemory.overGb);
	} finally {
		await sim.close();
		storage.remove();
	}
});
