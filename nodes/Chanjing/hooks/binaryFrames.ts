import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { readFrameImage, type FrameImage } from '../frames/binaryFrame';
import { isFileRefusal, uploadFrame } from '../frames/upload';
import { uploadKey, uploadOnce } from '../frames/uploadCache';
import type { GenerateMode } from '../hailuo';
import { CREDENTIAL_TYPE } from '../transport/request';

export type FrameSource = 'url' | 'binary';
export type FrameName = 'first' | 'last';

interface FrameParameters {
	source: string;
	url: string;
	binaryProperty: string;
	/** The binary property field as the UI names it. */
	field: string;
	/** The output field carrying the uploaded URL. */
	output: 'firstFrameUrl' | 'lastFrameUrl';
}

const FRAME_PARAMETERS: Record<FrameName, FrameParameters> = {
	first: {
		source: 'firstFrameSource',
		url: 'firstFrameUrl',
		binaryProperty: 'firstFrameBinaryProperty',
		field: 'First Frame Binary Property',
		output: 'firstFrameUrl',
	},
	last: {
		source: 'lastFrameSource',
		url: 'lastFrameUrl',
		binaryProperty: 'lastFrameBinaryProperty',
		field: 'Last Frame Binary Property',
		output: 'lastFrameUrl',
	},
};

export function framesOfMode(mode: GenerateMode): FrameName[] {
	if (mode === 'firstFrameToVideo') return ['first'];
	if (mode === 'firstAndLastFrameToVideo') return ['first', 'last'];
	return [];
}

/** Where a frame comes from; saved workflows from before the option have none: URL. */
export function frameSourceOf(context: IExecuteSingleFunctions, frame: FrameName): FrameSource {
	return context.getNodeParameter(FRAME_PARAMETERS[frame].source, 'url') === 'binary'
		? 'binary'
		: 'url';
}

/** Per item (each item has its own context): the URLs its binary frames were uploaded to. */
const uploadedUrls = new WeakMap<object, Partial<Record<FrameName, string>>>();

/** The URL a frame is sent as: the uploaded one for Binary, else First/Last Frame URL. */
export function frameUrlOf(context: IExecuteSingleFunctions, frame: FrameName): unknown {
	if (frameSourceOf(context, frame) === 'binary') return uploadedUrls.get(context)?.[frame];
	return context.getNodeParameter(FRAME_PARAMETERS[frame].url, '');
}

function credentialId(context: IExecuteSingleFunctions): string {
	const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
	return String(reference?.id ?? reference?.name ?? '');
}

/**
 * preSend of Generate, after the input checks: reads every binary frame of the item and checks
 * it (format, size, dimensions) before anything is uploaded, then uploads each image once per
 * execution and remembers the URLs for the frame fields and the output.
 */
export async function uploadBinaryFrames(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mode = this.getNodeParameter('mode') as GenerateMode;
	const frames = framesOfMode(mode).filter((frame) => frameSourceOf(this, frame) === 'binary');
	if (frames.length === 0) return requestOptions;

	const images: Array<[FrameName, FrameImage]> = [];
	for (const frame of frames) {
		const { field, binaryProperty } = FRAME_PARAMETERS[frame];
		const property = String(this.getNodeParameter(binaryProperty, 'data')).trim() || 'data';
		images.push([frame, await readFrameImage(this, field, property)]);
	}

	const credential = credentialId(this);
	const urls: Partial<Record<FrameName, string>> = {};
	for (const [frame, image] of images) {
		const key = uploadKey(String(this.getExecutionId() ?? ''), credential, image.sha256);
		const uploaded = await uploadOnce(
			key,
			() => uploadFrame(this, credential, image),
			isFileRefusal,
		);
		urls[frame] = uploaded.fullPath;
	}
	uploadedUrls.set(this, urls);
	return requestOptions;
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
		if (urls[frame]) shown[FRAME_PARAMETERS[frame].output] = urls[frame];
	}
	return items.map((item) => ({ ...item, json: { ...item.json, ...shown } }));
}
