/** Chanjing's custom avatars (定制数字人, catalogue 5). */
export const CREATE_CUSTOM_AVATAR_PATH = '/open/v1/create_customised_person';
export const CUSTOM_AVATAR_PATH = '/open/v1/customised_person';
export const DELETE_CUSTOM_AVATAR_PATH = '/open/v1/delete_customised_person';

/** The file API service of a custom avatar's training video, sent as `file_id` [CP]. */
export const TRAINING_VIDEO_SERVICE = 'customised_person';

/** Custom avatars per page of list_customised_person (as the other lists). */
export const CUSTOM_AVATAR_PAGE_SIZE = 50;

/**
 * `train_type` (catalogue D3): CP's reference describes `figure` (no voice) and `both` (the
 * voice too) and advises `both` when unsure; its own script's help says the doc table shows
 * only `figure`. The node offers the two CP describes.
 */
export const TRAIN_TYPES = [
	{
		name: 'Figure and Voice',
		value: 'both',
		description: 'The avatar and a clone of the voice in the video, which it then speaks with',
	},
	{
		name: 'Figure Only',
		value: 'figure',
		description: 'The avatar alone; it speaks with any voice',
	},
];

/** `language` of the trained voice: cn or en [CP]. */
export const AVATAR_LANGUAGES = [
	{ name: 'Chinese', value: 'cn' },
	{ name: 'English', value: 'en' },
];

/** The longest custom avatar name the node sends (no source states a limit). */
export const MAX_AVATAR_NAME_CHARACTERS = 100;

/** CP polls a custom avatar for up to 1800 s: the node's default wait is as long. */
export const DEFAULT_AVATAR_WAIT_MINUTES = 30;
