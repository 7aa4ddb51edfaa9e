import { HAILUO_02_MODEL_CODE } from './aiVideo/hailuo';
import { MODE_NAMES } from './aiVideo/modes';
import { CUSTOM_MODEL } from './aiCreation/customModel';
import { IMAGE_MODELS } from './aiImage/imageModels';
import { VIDEO_MODELS } from './aiVideo/videoModels';

const OPERATIONS: Record<string, string> = {
	generate: 'Generate',
	create: 'Create',
	get: 'Get',
	getAll: 'Get Many',
	delete: 'Delete',
	getBalance: 'Get Balance',
	getInfo: 'Get Account Info',
};
/** What each resource's operations act on, as the subtitle names it (version 1 has only Video). */
const NOUNS: Record<string, string> = {
	video: 'Video',
	image: 'Image',
	avatarVideo: 'Avatar Video',
	speech: 'Speech',
	lipSync: 'Lip-Sync Video',
	avatar: 'Avatar',
	voice: 'Voice',
	account: '',
};
const MODES = MODE_NAMES;
const MODELS: Record<string, string> = Object.fromEntries([
	...[...VIDEO_MODELS, ...IMAGE_MODELS].map((model) => [model.code, model.name]),
	[CUSTOM_MODEL, 'Custom Model'],
]);

/**
 * The canvas subtitle in words: operation and resource, and on an AI Generate the model and
 * (video) the mode, e.g. "Generate Video · MiniMax Hailuo 02 · First Frame", "Create Avatar Video".
 */
const operations = JSON.stringify(OPERATIONS);
const nouns = JSON.stringify(NOUNS);
const modes = JSON.stringify(MODES);
const models = JSON.stringify(MODELS);
const resource = '($parameter["resource"] || "video")';
const noun = `(${nouns}[${resource}] ?? ${resource})`;
const aiCreation = `(${resource} === "video" || ${resource} === "image")`;
const model = `($parameter["model"] || "${HAILUO_02_MODEL_CODE}")`;
const mode = `${modes}[$parameter["mode"]]`;
const withMode = `(${resource} !== "image" && $parameter["model"] !== "${CUSTOM_MODEL}" && ${mode} ? " · " + ${mode} : "")`;

export const subtitle =
	`={{ (${operations}[$parameter["operation"]] || $parameter["operation"])` +
	` + (${noun} ? " " + ${noun} : "") + ($parameter["operation"] === "getAll" ? "s" : "")` +
	` + ($parameter["operation"] === "generate" && ${aiCreation} ? " · " + (${models}[${model}] || ${model}) + ${withMode} : "") }}`;
