import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { isCustomModel } from '../aiCreation/customModel';
import { AI_CREATION_UPLOAD_SERVICE } from '../aiCreation/paths';
import { imageFileProblem } from '../media/imageRules';
import { itemMemory } from '../memory/itemMemory';
import { type BinaryImage, readBinaryImage } from '../upload/binaryImage';
import { uploadFiles } from '../upload/uploadFiles';
import { HAILUO_02_MODEL_CODE } from './hailuo';
import { frameImageProblem } from './hailuoFrames';
import type { GenerateInput } from './videoInput';

export type FrameName = 'first' | 'last';
export type UploadedFrameUrls = Partial<Record<FrameName, string>>;

const FIELDS: Record<FrameName, string> = {
	first: 'First Frame Binary Property',
	last: 'Last Frame Binary Property',
};
const OUTPUTS: Record<FrameName, string> = { first: 'firstFrameUrl', last: 'lastFrameUrl' };

function binaryFramesOf(input: GenerateInput): Array<[FrameName, string]> {
	const frames: Array<[FrameName, string]> = [];
	const property = (value: unknown) => String(value ?? '').trim() || 'data';
	if (input.firstFrameSource === 'binary')
		frames.push(['first', property(input.firstFrameBinaryProperty)]);
	if (input.lastFrameSource === 'binary')
		frames.push(['last', property(input.lastFrameBinaryProperty)]);
	return frames;
}

/**
 * For Generate's preSend, after the input checks: reads every binary frame of the item and
 * checks it (format, size, dimensions) before anything is uploaded, then uploads each image
 * once per execution and credential. Returns the uploaded URLs (none for URL frames); the
 * item's output shows them (`addUploadedFrameUrls`).
 */
export async function uploadBinaryFrames(
	context: IExecuteSingleFunctions,
	input: GenerateInput,
): Promise<UploadedFrameUrls> {
	const frames = binaryFramesOf(input);
	if (frames.length === 0) return {};

	// MiniMax states Hailuo 02's frame limits; the other models' pages state none.
	const rules =
		!isCustomModel(input.model) && input.model.code === HAILUO_02_MODEL_CODE
			? frameImageProblem
			: imageFileProblem;
	const images: Array<[FrameName, BinaryImage]> = [];
	for (const [frame, property] of frames) {
		images.push([frame, await readBinaryImage(context, FIELDS[frame], property, rules)]);
	}

	const uploaded = await uploadFiles(
		context,
		images.map(([, image]) => image),
		AI_CREATION_UPLOAD_SERVICE,
	);
	const urls: UploadedFrameUrls = {};
	images.forEach(([frame], index) => (urls[frame] = uploaded[index]));
	itemMemory(context).uploadedUrls = Object.fromEntries(
		Object.entries(urls).map(([frame, url]) => [OUTPUTS[frame as FrameName], url]),
	);
	return urls;
}

/** runItem `after` step of Generate: shows the uploaded frame URLs (`firstFrameUrl`, `lastFrameUrl`). */
export async function addUploadedFrameUrls(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const shown = itemMemory(this).uploadedUrls;
	if (!shown) return items;
	return items.map((item) => ({ ...item, json: { ...item.json, ...shown } }));
}
