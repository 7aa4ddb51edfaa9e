import type { ValueSet } from '../input/valueSet';

/**
 * What every model of Chanjing's AI-creation endpoint has, as the node offers it: the models
 * that Chanjing's documentation pages describe (aiVideo/videoModels.ts, aiImage/imageModels.ts),
 * and Custom for one Chanjing adds later. Everything not on a page is the node's own choice and
 * is named in the README's model table.
 */
export interface AiModel {
	code: string;
	name: string;
	/** Chanjing's page for the model. */
	source: string;
	clarity?: ValueSet<number>;
	aspectRatio?: ValueSet<string>;
	qualityMode?: ValueSet<string>;
}

/** Chanjing's documentation pages for the AI-creation models. */
export const MODEL_PAGES = 'https://doc.chanjing.cc/api/ai-creation/';
