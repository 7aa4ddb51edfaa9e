import { HAILUO_02_MODEL_CODE } from './aiVideo/hailuo';
import { MODE_NAMES } from './aiVideo/modes';
import { CUSTOM_MODEL } from './aiCreation/customModel';
import { IMAGE_MODELS } from './aiImage/imageModels';
import { VIDEO_MODELS } from './aiVideo/videoModels';

const OPERATIONS: Record<string, string> = { generate: 'Generate', get: 'Get', getAll: 'Get Many' };
const MODES = MODE_NAMES;
const MODELS: Record<string, string> = Object.fromEntries([
	...[...VIDEO_MODELS, ...IMAGE_MODELS].map((model) => [model.code, model.name]),
	[CUSTOM_MODEL, 'Custom Model'],
]);

/**
 * The canvas subtitle in words: operation and resource, and on Generate the model and (video)
 * the mode, e.g. "Generate Video · MiniMax Hailuo 02 · First Frame".
 */
const operations = JSON.stringify(OPERATIONS);
const modes = JSON.stringify(MODES);
const models = JSON.stringify(MODELS);
const model = `($parameter["model"] || "${HAILUO_02_MODEL_CODE}")`;
const mode = `${modes}[$parameter["mode"]]`;
const withMode = `($parameter["resource"] !== "image" && $parameter["model"] !== "${CUSTOM_MODEL}" && ${mode} ? " · " + ${mode} : "")`;

export const subtitle =
	`={{ (${operations}[$parameter["operation"]] || $parameter["operation"])` +
	' + ($parameter["resource"] === "image" ? " Image" : " Video") + ($parameter["operation"] === "getAll" ? "s" : "")' +
	` + ($parameter["operation"] === "generate" ? " · " + (${models}[${model}] || ${model}) + ${withMode} : "") }}`;
