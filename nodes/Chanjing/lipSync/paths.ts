/** Chanjing's lip sync (对口型, catalogue 4). */
export const CREATE_LIP_SYNC_PATH = '/open/v1/video_lip_sync/create';
export const LIP_SYNC_PATH = '/open/v1/video_lip_sync/detail';
export const LIP_SYNC_LIST_PATH = '/open/v1/video_lip_sync/list';

/** The file API services of the footage and the audio [AV, SDK]. */
export const LIP_SYNC_VIDEO_SERVICE = 'lip_sync_video';
export const LIP_SYNC_AUDIO_SERVICE = 'lip_sync_audio';

/**
 * The largest footage the node sends. No source states a limit for lip sync: 500 MB is the
 * node's own assumption, for a file it may hold in memory while uploading it.
 */
export const LIP_SYNC_VIDEO_MAX_BYTES = 500 * 1024 * 1024;

/** No source states a text limit for lip sync: the node applies create_video's 4000 characters. */
export const MAX_LIP_SYNC_TEXT_CHARACTERS = 4000;

/** Tasks per page of video_lip_sync/list (no source states a maximum). */
export const LIP_SYNC_PAGE_SIZE = 50;
