import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { applyCallbackUrl } from '../input/callbackUrl';
import { badInputError } from '../input/problem';
import { LENGTH_HEAD_BYTES } from '../media/mediaLength';
import { readVoiceSample } from '../media/voiceSampleRules';
import { readBinaryFile } from '../upload/binaryFile';
import { uploadFiles } from '../upload/uploadFiles';
import { findCloneInputProblem } from './cloneChecks';
import { type CloneInput, readCloneInput } from './cloneInput';
import { VOICE_SAMPLE_SERVICE } from './paths';

/**
 * The recording's public URL: the Audio URL as given, or the binary file checked by its bytes
 * (format, size, length where it states it), uploaded once per execution with
 * `service=prompt_audio`, and its `full_path` [SDK voice_clone.py, CUI].
 */
async function recordingUrl(context: IExecuteSingleFunctions, input: CloneInput): Promise<string> {
	if (input.audioSource !== 'binary') return String(input.audioUrl).trim();
	const file = await readBinaryFile(
		context,
		'Audio Binary Property',
		String(input.audioBinaryProperty).trim(),
		readVoiceSample,
		LENGTH_HEAD_BYTES,
	);
	const [url] = await uploadFiles(context, [file], VOICE_SAMPLE_SERVICE);
	return url;
}

/** The create_customised_audio body, as Chanjing's SDK sends it: `{name, url, model_type, language}`. */
export function cloneBody(input: CloneInput, url: string): IDataObject {
	const body: IDataObject = {
		name: String(input.name).trim(),
		url,
		model_type: String(input.model).trim(),
		language: String(input.language).trim(),
	};
	applyCallbackUrl(body, input.callbackUrl);
	return body;
}

/**
 * preSend of Voice → Clone: stops a bad item before a clone is created — first the fields, then
 * the binary recording's bytes (nothing uploaded yet) —, uploads the recording, builds the body.
 */
export async function prepareVoiceClone(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const input = readCloneInput(this);
	const problem = findCloneInputProblem(input);
	if (problem) throw badInputError(this, problem);
	const url = await recordingUrl(this, input);
	return { ...requestOptions, body: cloneBody(input, url) };
}
