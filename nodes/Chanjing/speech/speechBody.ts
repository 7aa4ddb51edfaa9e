import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { badInputError } from '../input/problem';
import { checkedInputError } from '../lookups/checkedInput';
import { rate } from '../lookups/speechRates';
import { judgeVoice } from '../lookups/voiceCheck';
import { findSpeechInputProblem } from './speechChecks';
import { readSpeechInput } from './speechInput';

/**
 * preSend of Speech → Generate: stops a bad item before a (charged) task is created — first what
 * the input alone tells, then a voice the account does not have (read from Chanjing's voice
 * lists) —, then the body as Chanjing's TTS skill sends it: `{audio_man, speed, pitch, text:
 * {text}, aigc_watermark}`.
 */
export async function prepareSpeech(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const input = readSpeechInput(this);
	const problem = findSpeechInputProblem(input);
	if (problem) throw badInputError(this, problem);
	const voice = String(input.voice).trim();
	const verdict = await judgeVoice(this, 'Voice', voice);
	if ('known' in verdict && !verdict.known && verdict.problem) {
		throw checkedInputError(this, verdict.problem);
	}
	const body: IDataObject = {
		audio_man: voice,
		speed: rate(input.speed),
		pitch: rate(input.pitch),
		text: { text: input.text as string },
		aigc_watermark: input.watermark,
	};
	return { ...requestOptions, body };
}
