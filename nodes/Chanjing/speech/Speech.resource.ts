import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { explainForModel } from '../completion/agentAnswer';
import { completeTask } from '../completion/complete';
import type { ChanjingResource } from '../fields/resource';
import { searchVoices } from '../lookups/voiceSearch';
import { chanjingRoute } from '../routing/route';
import { toCreationResult } from '../submit/creationResult';
import { submitOnce } from '../submit/submitOnce';
import { speechAdapter } from './adapter';
import * as generate from './generate.operation';
import * as get from './get.operation';
import { CREATE_SPEECH_PATH, SPEECH_STATE_PATH } from './paths';
import { prepareSpeech } from './speechBody';
import { speechStateBody, toSpeechResult } from './speechGet';

const speechOperationOptions: INodePropertyOptions[] = [
	{
		name: 'Generate',
		value: 'generate',
		action: 'Generate speech',
		description:
			'Turn text into speech with a chosen voice, then (by default) wait for it and attach the audio; each task costs Chanjing credits',
		routing: chanjingRoute(
			{ method: 'POST', url: CREATE_SPEECH_PATH },
			{
				preSend: [prepareSpeech],
				postReceive: [toCreationResult(speechAdapter)],
				// A create is paid: sent at most once per outcome (see submitOnce).
				send: submitOnce(speechAdapter),
				after: [
					completeTask(speechAdapter, { downloadNeedsWait: true }),
					explainForModel(speechAdapter),
				],
			},
		),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get speech',
		description:
			'Get a speech task by its task ID: status, audio URL, duration and sentence timings, optionally waiting for it and downloading the audio',
		routing: chanjingRoute(
			{ method: 'POST', url: SPEECH_STATE_PATH },
			{
				preSend: [speechStateBody],
				postReceive: [toSpeechResult],
				after: [
					completeTask(speechAdapter, { downloadNeedsWait: false }),
					explainForModel(speechAdapter),
				],
			},
		),
	},
];

const speechOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['speech'] } },
	options: speechOperationOptions,
	default: 'generate',
};

/** Speech: Chanjing's text to speech (语音合成). */
export const speechResource: ChanjingResource = {
	name: 'Speech',
	value: 'speech',
	properties: [speechOperations, ...generate.description, ...get.description],
	listSearch: { searchVoices },
};
