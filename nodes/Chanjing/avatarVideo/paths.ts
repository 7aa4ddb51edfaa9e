/** Chanjing's digital-human video synthesis (数字人视频合成, catalogue 3). */
export const CREATE_VIDEO_PATH = '/open/v1/create_video';
export const VIDEO_PATH = '/open/v1/video';
export const VIDEO_LIST_PATH = '/open/v1/video_list';
export const DELETE_VIDEO_PATH = '/open/v1/delete_video';

/** The file API services of the video's audio and background image [VC]. */
export const VIDEO_AUDIO_SERVICE = 'make_video_audio';
export const VIDEO_BACKGROUND_SERVICE = 'make_video_background';

/** "文本长度不能超过 4000 字符" (VC create_task refuses only more than 4000). */
export const MAX_SCRIPT_CHARACTERS = 4000;

/** The background colour Chanjing's script sends when none is chosen. */
export const DEFAULT_BACKGROUND_COLOR = '#EDEDED';

/** Tasks per page of video_list (as the other lists: no source states a maximum). */
export const VIDEO_PAGE_SIZE = 50;
