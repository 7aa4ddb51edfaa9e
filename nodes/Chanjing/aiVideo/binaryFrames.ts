import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../api/credential';
import { frameImageProblem, imageFileProblem } from '../media/imageRules';
import { HAILUO_02_MODEL_CODE } from './hailuo';
import { readFrameImage, type FrameImage } from '../upload/binaryImage';
import { isFileRefusal, uploadFrame } from '../upload/fileApi';
import { isCustomModel } from '../aiCreation/customModel';
import type { GenerateInput } from './videoInput';
import { uploadKey, uploadOnce } from '../upload/uploadOnce';

export type FrameName = 'first' | 'last';
export type UploadedFrameUrls = Partial<Record<FrameName, string>>;

const FIELDS: Record<FrameName, string> = {
	first: 'First Frame Binary Property',
	last: 'Last Frame Binary Property',
};
const OUTPUTS: Record<FrameName, string> = { first: 'firstFrameUrl', last: 'lastFrameUrl' };

/** Per item (each item has its own context): the URLs its binary frames were uploaded to. */
const uploadedUrls = new WeakMap<object, UploadedFrameUrls>();

function binaryFramesOf(input: GenerateInput): Array<[FrameName, string]> {
	const frames: Array<[FrameName, string]> = [];
	const property = (value: unknown) => String(value ?? '').trim() || 'data';
	if (input.firstFrameSource === 'binary')
		frames.push(['first', property(input.firstFrameBinaryProperty)]);
	if (input.lastFrameSource === 'binary')
		frames.push(['last', property(input.lastFrameBinaryProperty)]);
	return frames;
}

function credentialId(context: IExecuteSingleFunctions): string {
	const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
	return String(reference?.id ?? reference?.name ?? '');
}

/**
 * Uploads checked images, each once per execution and credential (the same image in two items
 * or two frames is uploaded once). Returns their URLs in order.
 */
export async function uploadCheckedImages(
	context: IExecuteSingleFunctions,
	images: FrameImage[],
): Promise<string[]> {
	const credential = credentialId(context);
	const execution = String(context.getExecutionId() ?? '');
	const urls: string[] = [];
	for (const image of images) {
		const uploaded = await uploadOnce(
			uploadKey(execution, credential, image.sha256),
			() => uploadFrame(context, credential, image),
			isFileRefusal,
		);
		urls.push(uploaded.fullPath);
	}
	return urls;
}

/**
 * For Generate's preSend, after the input checks: reads every binary frame of the item and
 * checks it (format, size, dimensions) before anything is uploaded, then uploads each image
 * once per execution and credential. Returns the uploaded URLs (none for URL frames).
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
	const images: Array<[FrameName, FrameImage]> = [];
	for (const [frame, property] of frames) {
		images.push([frame, await readFrameImage(context, FIELDS[frame], property, rules)]);
	}

	const uploaded = await uploadCheckedImages(
		context,
		images.map(([, image]) => image),
	);
	const urls: UploadedFrameUrls = {};
	images.forEach(([frame], index) => (urls[frame] = uploaded[index]));
	uploadedUrls.set(context, urls);
	return urls;
}

/** postReceive of Generate: shows the uploaded frame URLs (`firstFrameUrl`, `lastFrameUrl`). */
export async function addUploadedFrameUrls(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const urls = uploadedUrls.get(this);
	if (!urls) return items;
	const shown: IDataObject = {};
	for (const frame of ['first', 'last'] as FrameName[]) {
		if (urls[frame]) shown[OUTPUTS[frame]] = urls[frame];
	}
	return items.map((item) => ({ ...item, json: { ...item.json, ...shown } }));
}
