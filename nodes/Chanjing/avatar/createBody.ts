import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { applyCallbackUrl } from '../input/callbackUrl';
import { badInputError } from '../input/problem';
import { LENGTH_HEAD_BYTES } from '../media/mediaLength';
import { readTrainingVideo } from '../media/trainingVideoRules';
import { readBinaryFile } from '../upload/binaryFile';
import { uploadFilesFor } from '../upload/uploadFiles';
import { findCustomAvatarInputProblem } from './createChecks';
import { type CustomAvatarInput, readCustomAvatarInput } from './createInput';
import { TRAINING_VIDEO_SERVICE } from './paths';

/**
 * The training video as create_customised_person takes it: a binary file checked by its bytes
 * (MP4, MOV or WebM, at most 5 minutes where the file states its length), uploaded once per
 * execution with `service=customised_person` and sent as `file_id` [CP]; or a URL sent as
 * `material_video`, the older input [SPEC, LNW].
 */
async function videoField(
	context: IExecuteSingleFunctions,
	input: CustomAvatarInput,
): Promise<IDataObject> {
	if (input.videoSource !== 'binary') return { material_video: String(input.videoUrl).trim() };
	const file = await readBinaryFile(
		context,
		'Video Binary Property',
		String(input.videoBinaryProperty).trim(),
		readTrainingVideo,
		LENGTH_HEAD_BYTES,
	);
	const [uploaded] = await uploadFilesFor(context, [file], TRAINING_VIDEO_SERVICE);
	return { file_id: uploaded.fileId };
}

/**
 * The create_customised_person body as CP's create_person sends it: `name`, the video,
 * `train_type`, then `language` and `error_skip` when a voice is trained, `resolution_rate`
 * (0 1080p, 1 4K) and `callback`.
 */
export function customAvatarBody(input: CustomAvatarInput, video: IDataObject): IDataObject {
	const train = String(input.train).trim();
	const body: IDataObject = {
		name: String(input.name).trim(),
		...video,
		train_type: train,
		...(train === 'both'
			? { language: String(input.language).trim(), error_skip: input.skipVoiceFailure }
			: {}),
		resolution_rate: input.uhd ? 1 : 0,
	};
	applyCallbackUrl(body, input.callbackUrl);
	return body;
}

/**
 * preSend of Avatar → Create Custom Avatar: stops a bad item before anything is created — the
 * fields, then the binary video's bytes (nothing uploaded yet) —, uploads the video, builds the body.
 */
export async function prepareCustomAvatar(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const input = readCustomAvatarInput(this);
	const problem = findCustomAvatarInputProblem(input);
	if (problem) throw badInputError(this, problem);
	return { ...requestOptions, body: customAvatarBody(input, await videoField(this, input)) };
}
