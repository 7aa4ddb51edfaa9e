'use strict';
/**
 * Issue 21, point 2: Seedream 4.0 asked for 4 images, a finished task whose answer lists fewer.
 * - 3 URLs, On Short Delivery left at its default (Error): the run fails naming 4 asked and 3
 *   delivered, before any image is downloaded;
 * - 3 URLs, Return What Was Delivered: 3 items, each with imagesRequested 4, imagesDelivered 3,
 *   missingImages [image 4], the PNG as binary (hashed by n8n's Crypto node);
 * - the 4th URL null, default: "missing … is null", never "yet";
 * - the 4th URL "", Return What Was Delivered: 3 items, image 4 missing because its URL is empty.
 * Every run sends exactly one submit and makes one task; nothing is looked up in the task list.
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

const PROMPT = 'Four seasons of one orchard, issue 21 short delivery';

module.exports = {
	name: 'Images, short delivery: 4 asked, 3 delivered → Error names both; Return What Was Delivered gives 3 counted items; a null URL is missing, not pending',
	async run({ inst, sim, assert, apiRequests, time, log }) {
		const strict = imageWorkflow({ id: 'e2eShortImages70a', prompt: PROMPT });
		const lenient = imageWorkflow({
			id: 'e2eShortImages70b',
			prompt: PROMPT,
			onShortDelivery: 'returnDelivered',
		});
		await sim.configure({ renderMs: 1000 });
		await importWorkflows({ inst, sim, time }, strict, lenient);
		let seq = 0;
		/** One run's share of the log, checked for one submit, one task, no lookup. */
		const runLog = async (what) => {
			const run = logSince(await apiRequests(), seq);
			seq = run.lastSeq;
			assert.equal(run.submits.length, 1, `${what}: one submit`);
			assert.equal(run.lookups.length, 0, `${what}: no task-list lookup`);
			const id = (await sim.tasks())[0].unique_id;
			assert.equal(run.submits[0].body.number_of_images, 4, `${what}: 4 images asked`);
			return { ...run, id };
		};

		// 1. Three URLs for four images, default On Short Delivery (Error)
		await sim.configure({ imageDelivery: 'short' });
		const failed = await time('execute short, Error', () => inst.execute(strict.id));
		assert.notEqual(failed.exitCode, 0, 'the item fails');
		const a = await runLog('short, Error');
		const error = failed.error ?? {};
		assert.equal(
			error.message,
			`Image task ${a.id} delivered 3 of 4 images: image 4: Chanjing's answer lists no URL for it`,
		);
		assert.match(String(error.description), /^The task succeeded at Chanjing/);
		assert.match(
			String(error.description),
			/Set On Short Delivery to 'Return What Was Delivered' to get the 3 images that came/,
		);
		assert.match(String(error.description), /fetch it with the Get operation/);
		assert.equal(a.downloads.length, 0, 'checked before any download');
		log(`short, Error: "${error.message}", 0 downloads`);

		// 2. The same, Return What Was Delivered
		const ok = await executeOk({ inst, assert, time }, lenient, 'execute short, Return');
		const b = await runLog('short, Return');
		const items = nodeItems(ok.output, GENERATE);
		assert.equal(items.length, 3, 'one item per delivered image');
		const hashes = nodeOutput(ok.output, HASH).map((i) => i.sha256);
		for (const [index, { json, binary, pairedItem }] of items.entries()) {
			assert.equal(json.creationId, b.id);
			assert.equal(json.imageIndex, index);
			assert.equal(json.imageUrl, `${sim.url}/files/${b.id}-${index + 1}.png`);
			assert.equal(json.imagesRequested, 4);
			assert.equal(json.imagesDelivered, 3);
			assert.deepEqual(json.missingImages, [
				{ imageIndex: 3, imageUrl: null, reason: "Chanjing's answer lists no URL for it" },
			]);
			assert.deepEqual(pairedItem, { item: 0 });
			assert.equal(binary?.image?.mimeType, 'image/png', `item ${index}: binary image`);
			assert.equal(binary.image.fileName, `${b.id}-${index + 1}.png`);
		}
		assert.equal(b.downloads.length, 3, 'three downloads, one per listed URL');
		assert.deepEqual(hashes, [1, 2, 3].map(imageHash), "n8n hashed the task's images 1, 2, 3");
		log(`short, Return What Was Delivered: 3 items, 4 requested / 3 delivered, 3 downloads`);

		// 3. The fourth URL null in a finished task, default: missing, not "yet"
		await sim.configure({ imageDelivery: 'null' });
		const nulled = await time('execute null URL, Error', () => inst.execute(strict.id));
		assert.notEqual(nulled.exitCode, 0, 'the item fails');
		const c = await runLog('null URL, Error');
		const nullError = nulled.error ?? {};
		assert.equal(
			nullError.message,
			`Image task ${c.id} delivered 3 of 4 images: image 4: its URL in Chanjing's answer is null`,
		);
		assert.doesNotMatch(String(nullError.message), /yet/);
		assert.equal(c.downloads.length, 0);
		log(`null URL, Error: "${nullError.message}"`);

		// 4. The fourth URL empty, Return What Was Delivered
		await sim.configure({ imageDelivery: 'empty' });
		const emptied = await executeOk({ inst, assert, time }, lenient, 'execute empty URL, Return');
		const d = await runLog('empty URL, Return');
		const emptyItems = nodeOutput(emptied.output, GENERATE);
		assert.deepEqual(
			emptyItems.map((i) => [i.imageIndex, i.imagesRequested, i.imagesDelivered]),
			[
				[0, 4, 3],
				[1, 4, 3],
				[2, 4, 3],
			],
		);
		assert.deepEqual(emptyItems[0].missingImages, [
			{ imageIndex: 3, imageUrl: '', reason: "its URL in Chanjing's answer is empty" },
		]);
		assert.equal(d.downloads.length, 3);

		const tasks = await sim.tasks();
		const submits = (await apiRequests()).filter((r) => r.path === SUBMIT_PATH);
		assert.equal(tasks.length, 4, 'one task per run');
		assert.equal(submits.length, 4, 'one submit per run, none sent twice');
		assert.ok(
			tasks.every((t) => t.progress_desc === 'Success'),
			'every task succeeded at Chanjing',
		);
		log(`4 runs: ${submits.length} submits, ${tasks.length} tasks, 0 lookups, 6 downloads`);
	},
};
