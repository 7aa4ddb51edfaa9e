'use strict';
/**
 * Issue 21, point 9: one of four image URLs answers an HTML page (HTTP 200, text/html) or HTTP
 * 404. With On Short Delivery = Return What Was Delivered the three good images arrive as binary
 * items (hashed by n8n's Crypto node: the simulator's images 1–3) and every item states image 4's
 * failure; with the default (Error) the run fails with the download error of image 4, naming the
 * task and the Get operation. Each run: one submit, one task, four downloads, no lookup.
 */
const { nodeOutput } = require('../n8n-instance');
const { executeOk, importWorkflows, nodeItems } = require('../model-runs');
const {
	GENERATE,
	HASH,
	SUBMIT_PATH,
	imageHash,
	imageWorkflow,
	logSince,
} = require('../image-delivery');

const PROMPT = 'Four windows of one house, issue 21 partial images';

const BAD_FOURTH = [
	{
		delivery: 'html',
		reason:
			/the answer is not an image \(content type text\/html; charset=utf-8, starts with "<html>/,
	},
	{ delivery: '404', reason: /the file server answered HTTP 404$/ },
];

module.exports = {
	name: 'Image items not all or nothing: image 4 answers HTML or 404 → 3 binary items with the failure stated, or (default) an error naming image 4',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const strict = imageWorkflow({ id: 'e2ePartialImages72a', prompt: PROMPT });
		const lenient = imageWorkflow({
			id: 'e2ePartialImages72b',
			prompt: PROMPT,
			onShortDelivery: 'returnDelivered',
		});
		await sim.configure({ renderMs: 1000 });
		await importWorkflows({ inst, sim, time }, strict, lenient);
		const host = new URL(sim.url).host;
		let seq = 0;
		/** This run's share of the log: one submit, one task (the newest), four downloads, no lookup. */
		const runLog = async (what) => {
			const run = logSince(await apiRequests(), seq);
			seq = run.lastSeq;
			const id = (await sim.tasks())[0].unique_id;
			assert.equal(run.submits.length, 1, `${what}: one submit`);
			assert.equal(run.lookups.length, 0, `${what}: no task-list lookup`);
			assert.deepEqual(
				run.downloads.map((r) => r.path).sort(),
				[1, 2, 3, 4].map((n) => `/files/${id}-${n}.png`),
				`${what}: each image downloaded once`,
			);
			return { ...run, id };
		};

		for (const { delivery, reason } of BAD_FOURTH) {
			await sim.configure({ imageDelivery: delivery });

			const ok = await executeOk({ inst, assert, time }, lenient, `execute ${delivery}, Return`);
			const { id } = await runLog(`${delivery}, Return`);
			const items = nodeItems(ok.output, GENERATE);
			assert.deepEqual(
				items.map((i) => i.json.imageIndex),
				[0, 1, 2],
				`${delivery}: the three good images`,
			);
			for (const { json, binary } of items) {
				assert.equal(json.imagesRequested, 4);
				assert.equal(json.imagesDelivered, 3);
				assert.equal(json.missingImages.length, 1, 'image 4 stated as missing');
				const [missing] = json.missingImages;
				assert.equal(missing.imageIndex, 3);
				assert.equal(missing.imageUrl, `${sim.url}/files/${id}-4.png`);
				assert.ok(
					missing.reason.startsWith(
						`Could not download image 4 of 4 of image task ${id} from ${host}: `,
					),
					missing.reason,
				);
				assert.match(missing.reason, reason);
				assert.equal(binary?.image?.mimeType, 'image/png');
				assert.equal(binary.image.fileName, `${id}-${json.imageIndex + 1}.png`);
			}
			assert.deepEqual(
				nodeOutput(ok.output, HASH).map((i) => i.sha256),
				[1, 2, 3].map(imageHash),
				`${delivery}: n8n holds the bytes of images 1, 2, 3`,
			);
			log(
				`${delivery}, Return What Was Delivered: 3 binary items; "${items[0].json.missingImages[0].reason.slice(0, 110)}…"`,
			);

			const failed = await time(`execute ${delivery}, Error`, () => inst.execute(strict.id));
			assert.notEqual(failed.exitCode, 0, `${delivery}, Error: the item fails`);
			const again = await runLog(`${delivery}, Error`);
			const error = failed.error ?? {};
			assert.ok(
				String(error.message).startsWith(
					`Could not download image 4 of 4 of image task ${again.id} from ${host}: `,
				),
				String(error.message),
			);
			assert.match(String(error.message), reason);
			assert.match(String(error.description), /Downloading again is safe: it creates nothing\./);
			assert.match(
				String(error.description),
				new RegExp(`fetch it with the Get operation and creation ID ${again.id}\\.`),
			);
			assert.equal(nodeOutput(failed.output, HASH), undefined, 'nothing passed on');
			log(`${delivery}, Error: "${String(error.message).slice(0, 120)}…"`);
		}

		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		const tasks = await sim.tasks();
		assert.equal(submits.length, 4, 'four runs, four submits');
		assert.equal(tasks.length, 4, 'four tasks, none twice');
		log(`${submits.length} submits, ${tasks.length} tasks, 16 downloads, 0 lookups`);
	},
};
