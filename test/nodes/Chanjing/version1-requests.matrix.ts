import type {
	ICredentialDataDecryptedObject,
	IBinaryData,
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeTypeDescription,
} from 'n8n-workflow';

import { renewalTiming } from '../../../nodes/Chanjing/auth/renewal';
import { forgetProcessMemory } from '../../../nodes/Chanjing/memory/processMemory';
import { reconcileTiming } from '../../../nodes/Chanjing/submit/reconcile';
import { uploadTiming } from '../../../nodes/Chanjing/upload/filePacing';
import { pollTiming } from '../../../nodes/Chanjing/completion/wait';
import { APP_ID, SECRET_KEY, TOKEN_A } from '../../helpers/app-credential';
import { CHANJING_TYPE, nodeTypes } from '../../helpers/node-types';
import {
	type ChanjingAnswers,
	type RecordedRequest,
	recordingChanjing,
} from '../../helpers/recording-chanjing';
import { runChanjing, TEST_BASE_URL, TEST_TOKEN } from '../../helpers/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { jpegImage, pngImage, webpImage } = require('../../helpers/images');

/**
 * Saved configurations of the Chanjing node at typeVersion 1, as a workflow JSON stores them
 * (n8n keeps only the values that differ from a default, and the options the user added), and
 * the requests each one sends. One place for version1-requests.capture.ts, which records the
 * requests, and version1-requests.test.ts, which holds the node to them.
 */
export interface Version1Case {
	name: string;
	parameters: INodeParameters;
	/** The stored credential; an Access Token credential by default. */
	credential?: keyof typeof CREDENTIALS;
	/** The item the node gets: JSON, and binary images by property name. */
	json?: IDataObject;
	/** Items after the first one (JSON only); items run at the same time, each sends in turn. */
	moreItems?: IDataObject[];
	images?: Record<string, keyof typeof IMAGES>;
	answers?: ChanjingAnswers;
	/** Defaults written out, as older editors and the examples save them (not n8n's saved form). */
	defaultsWrittenOut?: true;
}

export const CREDENTIALS = {
	accessToken: { authentication: 'accessToken', accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
	/** Saved before App ID and Secret Key existed: a token and a Base URL only. */
	legacyToken: { accessToken: TEST_TOKEN, baseUrl: TEST_BASE_URL },
	/** App ID and Secret Key, no token yet: the first request obtains one. */
	appIdNoToken: {
		authentication: 'appIdAndSecretKey',
		appId: APP_ID,
		secretKey: SECRET_KEY,
		baseUrl: TEST_BASE_URL,
	},
	/** App ID and Secret Key with a token an earlier execution saved (valid until 2100). */
	appIdSavedToken: {
		authentication: 'appIdAndSecretKey',
		appId: APP_ID,
		secretKey: SECRET_KEY,
		baseUrl: TEST_BASE_URL,
		sessionToken: TOKEN_A,
		sessionTokenExpiresAt: 4102444800,
		sessionTokenIssuedFor: `${TEST_BASE_URL} ${APP_ID}`,
	},
	/** A Base URL typed with spaces and a trailing slash. */
	untidyBaseUrl: {
		authentication: 'accessToken',
		accessToken: TEST_TOKEN,
		baseUrl: `  ${TEST_BASE_URL}/  `,
	},
} satisfies Record<string, ICredentialDataDecryptedObject>;

const IMAGES = {
	png: () => ({ bytes: pngImage(320, 320) as Buffer, mimeType: 'image/png', fileName: 'a.png' }),
	pngOther: () => ({
		bytes: pngImage(480, 320, { rgb: [10, 120, 240] }) as Buffer,
		mimeType: 'image/png',
		fileName: 'b.png',
	}),
	jpeg: () => ({ bytes: jpegImage(640, 360) as Buffer, mimeType: 'image/jpeg', fileName: 'c.jpg' }),
	webp: () => ({
		bytes: webpImage(400, 400) as Buffer,
		mimeType: 'image/webp',
		fileName: 'd.webp',
	}),
};

const PROMPT = 'A puppy runs across the lawn, the camera follows';
const FIRST = 'https://example.com/frames/start.png';
const LAST = 'https://example.com/frames/end.jpg';
const SPACED_FIRST = `  ${FIRST}  `;
const SPACED_LAST = `\t${LAST} \n`;
const both = (options: INodeParameters = {}): INodeParameters => ({
	mode: 'firstAndLastFrameToVideo',
	prompt: PROMPT,
	firstFrameUrl: SPACED_FIRST,
	lastFrameUrl: SPACED_LAST,
	...options,
});

export const VERSION1_CASES: Version1Case[] = [
	// Generate: Text to Video, Clarity, Duration, prompts
	{ name: 'generate text, all defaults', parameters: { prompt: PROMPT } },
	{
		name: 'generate text, defaults written out (as the examples are saved)',
		parameters: {
			resource: 'video',
			operation: 'generate',
			mode: 'textToVideo',
			prompt: PROMPT,
			clarity: 720,
			duration: 6,
			options: {},
		},
		defaultsWrittenOut: true,
	},
	{ name: 'generate text, clarity 1080', parameters: { prompt: PROMPT, clarity: 1080 } },
	{ name: 'generate text, duration 10', parameters: { prompt: PROMPT, duration: 10 } },
	{
		name: 'generate text, clarity and duration as expressions giving strings',
		parameters: { prompt: PROMPT, clarity: '={{ "720" }}', duration: '={{ "10" }}' },
	},
	{
		name: 'generate text, clarity and duration as fixed-text expressions',
		parameters: { prompt: PROMPT, clarity: '=1080', duration: '=6' },
	},
	{
		name: 'generate text, clarity and duration as expressions giving numbers',
		parameters: { prompt: PROMPT, clarity: '={{ 1080 }}', duration: '={{ $json.seconds }}' },
		json: { seconds: 6 },
	},
	{
		name: 'generate text, prompt with Chinese, quotes, a line break, a tab and an emoji',
		parameters: { prompt: '小狗在草地上奔跑, "镜头跟随"\n\tsunlight \\ 🐶 ' },
	},
	{
		name: 'generate text, prompt from the input item',
		parameters: { prompt: '={{ $json.idea }} (cinematic)' },
		json: { idea: 'Waves roll onto a quiet beach' },
	},
	{
		name: 'generate text, three items with their own prompt, clarity and duration',
		parameters: {
			prompt: '={{ $json.idea }}',
			clarity: '={{ $json.clarity }}',
			duration: '={{ $json.seconds }}',
		},
		json: { idea: 'First item', clarity: 720, seconds: 10 },
		moreItems: [
			{ idea: 'Second item', clarity: '1080', seconds: '6' },
			{ idea: '第三个', clarity: 720, seconds: 6 },
		],
	},
	// Callback URL
	{
		name: 'generate text, callback URL with spaces',
		parameters: { prompt: PROMPT, options: { callbackUrl: '  https://example.com/hook?run=1  ' } },
	},
	{
		name: 'generate text, callback URL empty',
		parameters: { prompt: PROMPT, options: { callbackUrl: '' } },
	},
	{
		name: 'generate text, callback URL only whitespace',
		parameters: { prompt: PROMPT, options: { callbackUrl: ' \t ' } },
	},
	{
		name: 'generate text, callback URL from an expression',
		parameters: { prompt: PROMPT, options: { callbackUrl: '={{ $execution.resumeUrl }}' } },
	},
	{
		name: 'generate text, frame fields "both" (no frames to send)',
		parameters: { prompt: PROMPT, options: { frameFields: 'both' } },
	},
	// First Frame to Video (URL)
	{
		name: 'generate first frame URL with spaces, frame fields default',
		parameters: { mode: 'firstFrameToVideo', prompt: PROMPT, firstFrameUrl: SPACED_FIRST },
	},
	{
		name: 'generate first frame URL, frame fields startEndFrame written out',
		parameters: {
			mode: 'firstFrameToVideo',
			prompt: PROMPT,
			firstFrameUrl: FIRST,
			firstFrameSource: 'url',
			options: { frameFields: 'startEndFrame' },
		},
		defaultsWrittenOut: true,
	},
	{
		name: 'generate first frame URL, frame fields refImgUrl',
		parameters: {
			mode: 'firstFrameToVideo',
			prompt: PROMPT,
			firstFrameUrl: SPACED_FIRST,
			options: { frameFields: 'refImgUrl' },
		},
	},
	{
		name: 'generate first frame URL, frame fields both, 1080',
		parameters: {
			mode: 'firstFrameToVideo',
			prompt: PROMPT,
			firstFrameUrl: SPACED_FIRST,
			clarity: 1080,
			options: { frameFields: 'both' },
		},
	},
	// First and Last Frame to Video (URL)
	{ name: 'generate first and last frame URLs with spaces', parameters: both() },
	{
		name: 'generate first and last frame URLs, frame fields refImgUrl',
		parameters: both({ options: { frameFields: 'refImgUrl' } }),
	},
	{
		name: 'generate first and last frame URLs, frame fields both, duration 10, callback',
		parameters: both({
			duration: 10,
			options: { frameFields: 'both', callbackUrl: 'https://example.com/hook' },
		}),
	},
	{
		name: 'generate first and last frame URLs, sources and frame fields written out',
		parameters: both({
			firstFrameSource: 'url',
			lastFrameSource: 'url',
			options: { frameFields: 'startEndFrame', callbackUrl: '' },
		}),
		defaultsWrittenOut: true,
	},
	{
		name: 'generate first and last frame URLs from expressions',
		parameters: both({ firstFrameUrl: '={{ $json.first }}', lastFrameUrl: '={{ $json.last }}' }),
		json: { first: ` ${FIRST}`, last: `${LAST} ` },
	},
	// Waiting and downloading
	{
		name: 'generate, wait for completion',
		parameters: { prompt: PROMPT, options: { waitForCompletion: true } },
	},
	{
		name: 'generate, wait for completion and download',
		parameters: {
			prompt: PROMPT,
			options: {
				waitForCompletion: true,
				downloadVideo: true,
				binaryPropertyName: 'video',
				maxWaitMinutes: 2,
				pollIntervalSeconds: 5,
			},
		},
		answers: { taskStates: ['Queued', 'Generating', 'Generating', 'Success'] },
	},
	{
		name: 'generate, download without waiting (nothing to download yet)',
		parameters: { prompt: PROMPT, options: { downloadVideo: true } },
	},
	{
		name: 'generate, wait until Max Wait and return the running task',
		parameters: {
			prompt: PROMPT,
			options: {
				waitForCompletion: true,
				maxWaitMinutes: 1,
				pollIntervalSeconds: 20,
				onTimeout: 'returnRunning',
			},
		},
		answers: { taskStates: ['Generating'] },
	},
	// Binary frames
	{
		name: 'generate first frame from binary "data"',
		parameters: { mode: 'firstFrameToVideo', prompt: PROMPT, firstFrameSource: 'binary' },
		images: { data: 'png' },
	},
	{
		name: 'generate first frame from a binary property, file ready at once',
		parameters: {
			mode: 'firstFrameToVideo',
			prompt: PROMPT,
			firstFrameSource: 'binary',
			firstFrameBinaryProperty: 'photo',
			options: { frameFields: 'refImgUrl' },
		},
		images: { photo: 'jpeg' },
		answers: { fileStatuses: [1] },
	},
	{
		name: 'generate first and last frames from binary, frame fields both',
		parameters: {
			mode: 'firstAndLastFrameToVideo',
			prompt: PROMPT,
			firstFrameSource: 'binary',
			firstFrameBinaryProperty: 'start',
			lastFrameSource: 'binary',
			lastFrameBinaryProperty: 'end',
			options: { frameFields: 'both' },
		},
		images: { start: 'png', end: 'webp' },
	},
	{
		name: 'generate first frame from binary, last frame URL',
		parameters: {
			mode: 'firstAndLastFrameToVideo',
			prompt: PROMPT,
			firstFrameSource: 'binary',
			lastFrameUrl: SPACED_LAST,
		},
		images: { data: 'pngOther' },
	},
	{
		name: 'generate first frame URL, last frame from binary',
		parameters: {
			mode: 'firstAndLastFrameToVideo',
			prompt: PROMPT,
			firstFrameUrl: SPACED_FIRST,
			lastFrameSource: 'binary',
		},
		images: { data: 'jpeg' },
		answers: { fileStatuses: [0, 0, 2] },
	},
	{
		name: 'generate first and last frame from the same binary image (uploaded once)',
		parameters: {
			mode: 'firstAndLastFrameToVideo',
			prompt: PROMPT,
			firstFrameSource: 'binary',
			lastFrameSource: 'binary',
		},
		images: { data: 'png' },
	},
	// Get
	{
		name: 'get, creation ID with spaces',
		parameters: { operation: 'get', creationId: '  a60747d7-dc05-4afc-b2ef-ee4370ed53c6 \n' },
	},
	{
		name: 'get, creation ID from an expression, options empty (as saved)',
		parameters: { operation: 'get', creationId: '={{ $json.creationId }}', options: {} },
		json: { creationId: 'from-previous-node' },
	},
	{
		name: 'get, wait for completion',
		parameters: {
			operation: 'get',
			creationId: 'task-1',
			options: { waitForCompletion: true, onTimeout: 'error' },
		},
	},
	{
		name: 'get, download without waiting (task already finished)',
		parameters: {
			operation: 'get',
			creationId: 'task-1',
			options: { downloadVideo: true },
		},
		answers: { taskStates: ['Success'] },
	},
	{
		name: 'get, wait for completion and download',
		parameters: {
			operation: 'get',
			creationId: 'task-2',
			options: { waitForCompletion: true, downloadVideo: true, pollIntervalSeconds: 5 },
		},
		answers: { taskStates: ['Queued', 'Generating', 'Success'] },
	},
	// Get Many
	{ name: 'get many, defaults (limit 50)', parameters: { operation: 'getAll' } },
	{
		name: 'get many, limit 5, filters empty (as saved)',
		parameters: { operation: 'getAll', limit: 5, filters: {} },
	},
	{
		name: 'get many, limit 120 over three pages',
		parameters: { operation: 'getAll', limit: 120 },
		answers: { totalPages: 4 },
	},
	{
		name: 'get many, return all (three pages)',
		parameters: { operation: 'getAll', returnAll: true },
	},
	{
		name: 'get many, creation IDs with spaces and empty entries',
		parameters: {
			operation: 'getAll',
			filters: { creationIds: ' id-1 , id-2,, id-3 ,' },
		},
		answers: { totalPages: 1 },
	},
	{
		name: 'get many, only successful',
		parameters: { operation: 'getAll', limit: 10, filters: { onlySuccessful: true } },
	},
	{
		name: 'get many, return all, creation IDs and only successful',
		parameters: {
			operation: 'getAll',
			returnAll: true,
			filters: { creationIds: 'id-1,id-2', onlySuccessful: true },
		},
		answers: { totalPages: 2 },
	},
	// Credentials
	{
		name: 'generate text, credential saved before App ID and Secret Key existed',
		parameters: { prompt: PROMPT },
		credential: 'legacyToken',
	},
	{
		name: 'generate text, App ID and Secret Key, no token yet',
		parameters: { prompt: PROMPT },
		credential: 'appIdNoToken',
	},
	{
		name: 'generate text, App ID and Secret Key, token saved',
		parameters: { prompt: PROMPT },
		credential: 'appIdSavedToken',
	},
	{
		name: 'generate first frame from binary, wait and download, App ID and Secret Key, no token yet',
		parameters: {
			mode: 'firstFrameToVideo',
			prompt: PROMPT,
			firstFrameSource: 'binary',
			options: { waitForCompletion: true, downloadVideo: true },
		},
		images: { data: 'png' },
		credential: 'appIdNoToken',
	},
	{
		name: 'get, App ID and Secret Key, no token yet',
		parameters: { operation: 'get', creationId: 'task-3' },
		credential: 'appIdNoToken',
	},
	{
		name: 'get many, limit 120, App ID and Secret Key, no token yet',
		parameters: { operation: 'getAll', limit: 120 },
		credential: 'appIdNoToken',
	},
	{
		name: 'generate text, Base URL with spaces and a trailing slash',
		parameters: { prompt: PROMPT },
		credential: 'untidyBaseUrl',
	},
	// Answers other than a plain success
	{
		name: 'generate text, saved token rejected (code 10400): new token, submit sent again',
		parameters: { prompt: PROMPT },
		credential: 'appIdSavedToken',
		answers: { rejectedTokens: [TOKEN_A] },
	},
	{
		name: 'generate first frame URL, submit refused by the rate limit once (code 40001)',
		parameters: { mode: 'firstFrameToVideo', prompt: PROMPT, firstFrameUrl: FIRST },
		answers: { submits: ['rateLimited'] },
	},
	{
		name: 'generate text, submit answer lost (HTTP 502): the task list finds the task',
		parameters: { prompt: PROMPT, clarity: 1080 },
		answers: { submits: ['lost'] },
	},
];

function binaryOf(image: keyof typeof IMAGES): IBinaryData {
	const { bytes, mimeType, fileName } = IMAGES[image]();
	return { data: bytes.toString('base64'), mimeType, fileName, fileSize: `${bytes.length} B` };
}

function inputItemOf(testCase: Version1Case): INodeExecutionData {
	const item: INodeExecutionData = { json: testCase.json ?? {} };
	if (testCase.images) {
		item.binary = Object.fromEntries(
			Object.entries(testCase.images).map(([property, image]) => [property, binaryOf(image)]),
		);
	}
	return item;
}

/** What one case sent, and how the node ended (no case may end in an error). */
export interface CaseRun {
	requests: RecordedRequest[];
	error?: string;
	outputItems: number;
}

/**
 * Runs one case as a typeVersion 1 node through n8n-core's WorkflowExecute against the recording
 * Chanjing, from a process state with nothing remembered, and returns the requests in order.
 */
export async function runVersion1Case(testCase: Version1Case): Promise<CaseRun> {
	forgetProcessMemory();
	const saved = {
		poll: { ...pollTiming },
		upload: { ...uploadTiming },
		renewal: { ...renewalTiming },
		reconcile: { ...reconcileTiming },
	};
	pollTiming.msPerSecond = 1;
	pollTiming.sliceMs = 1;
	uploadTiming.msPerSecond = 1;
	Object.assign(renewalTiming, {
		pause: async () => {},
		settle: async () => {},
		poll: async () => {},
	});
	reconcileTiming.recheckAfterMs = 1;
	const chanjing = recordingChanjing(testCase.answers);
	try {
		const { items, error } = await runChanjing({
			parameters: testCase.parameters,
			inputItems: [inputItemOf(testCase), ...(testCase.moreItems ?? []).map((json) => ({ json }))],
			credentials: CREDENTIALS[testCase.credential ?? 'accessToken'],
			node: { typeVersion: 1 },
			// the same for every case: $execution.resumeUrl is part of a request
			executionId: 'exec-version1',
		});
		return {
			requests: chanjing.requests,
			error: error ? `${error.message} ${error.description ?? ''}`.trim() : undefined,
			outputItems: items?.length ?? 0,
		};
	} finally {
		chanjing.stop();
		Object.assign(pollTiming, saved.poll);
		Object.assign(uploadTiming, saved.upload);
		Object.assign(renewalTiming, saved.renewal);
		Object.assign(reconcileTiming, saved.reconcile);
	}
}

/** The node's description as n8n loads it for typeVersion 1. */
export function version1Description(): INodeTypeDescription {
	return nodeTypes.getByNameAndVersion(CHANJING_TYPE, 1).description;
}

/** Whether a `@version` display condition (a list of versions or n8n's `_cnd`) admits `version`. */
function admits(condition: unknown[], version: number): boolean {
	return condition.some((entry) => {
		if (typeof entry === 'number') return entry === version;
		const cnd = (entry as { _cnd?: Record<string, number> })?._cnd ?? {};
		const checks: Record<string, (v: number) => boolean> = {
			eq: (v) => version === v,
			not: (v) => version !== v,
			gte: (v) => version >= v,
			lte: (v) => version <= v,
			gt: (v) => version > v,
			lt: (v) => version < v,
		};
		return Object.entries(cnd).every(([op, v]) => checks[op]?.(v) ?? true);
	});
}

function onVersion1(property: INodeProperties): boolean {
	const show = property.displayOptions?.show?.['@version'];
	const hide = property.displayOptions?.hide?.['@version'];
	return (!show || admits(show, 1)) && !(hide && admits(hide, 1));
}

export function version1Properties(): INodeProperties[] {
	// n8n adds "Request Options" to every declarative node; they are n8n's, not version 1's
	return version1Description().properties.filter(
		(p) => p.name !== 'requestOptions' && onVersion1(p),
	);
}

/** Every parameter name and option value of version 1, collection options and fixed values included. */
function parametersAndValues(properties: INodeProperties[], into = new Set<string>()) {
	for (const property of properties) {
		into.add(property.name);
		// A fixed (hidden) parameter, such as version 1's Resource and Model, offers its one value.
		if (property.type === 'hidden') into.add(`${property.name}=${String(property.default)}`);
		for (const option of property.options ?? []) {
			if ('value' in option) into.add(`${property.name}=${String(option.value)}`);
			else if ('displayName' in option && onVersion1(option as INodeProperties))
				parametersAndValues([option as INodeProperties], into);
		}
	}
	return into;
}

/** Every parameter name and option value version 1 offers, as `name` and `name=value`. */
export function version1ParameterList(): string[] {
	return [...parametersAndValues(version1Properties())];
}
