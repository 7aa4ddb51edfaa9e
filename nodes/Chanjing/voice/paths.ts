/** Chanjing's voice cloning (声音克隆 / 定制声音, catalogue 7). */
export const CLONE_VOICE_PATH = '/open/v1/create_customised_audio';
export const CLONED_VOICE_PATH = '/open/v1/customised_audio';
export const DELETE_VOICE_PATH = '/open/v1/delete_customised_audio';

/** The file API service of a voice's reference recording; its `full_path` is sent as `url` [SDK, CUI]. */
export const VOICE_SAMPLE_SERVICE = 'prompt_audio';

/** Cloned voices per page of list_customised_audio (as the other lists: no source states a maximum). */
export const VOICE_PAGE_SIZE = 50;

/**
 * `model_type` (catalogue D5): Chanjing's voice-clone skill writes `Cicada3.0-turbo` [VCL]; its
 * SDK and ComfyUI nodes, and the detail's `type`, use lower case [SDK, CUI, TVD, NEST]. The node
 * sends the lower-case words the official clients send and the detail echoes.
 */
export const VOICE_MODELS = [
	{
		name: 'Cicada 3.0 Turbo',
		value: 'cicada3.0-turbo',
		description: 'Expressive and the most stable (the model Chanjing’s guide uses)',
	},
	{ name: 'Cicada 3.0', value: 'cicada3.0', description: 'Expressive' },
	{ name: 'Cicada 1.0', value: 'cicada1.0', description: 'Stable and accurate' },
];
export const DEFAULT_VOICE_MODEL = 'cicada3.0-turbo';

/** `language`: cn (the default) or en [VCL]. */
export const VOICE_LANGUAGES = [
	{ name: 'Chinese', value: 'cn' },
	{ name: 'English', value: 'en' },
];

/** The longest voice name the node sends (no source states a limit). */
export const MAX_VOICE_NAME_CHARACTERS = 100;
