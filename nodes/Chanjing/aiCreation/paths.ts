/** Chanjing's AI-creation endpoint: every video and image model submits and lists here. */
export const SUBMIT_PATH = '/open/v1/ai_creation/task/submit';
export const TASK_PATH = '/open/v1/ai_creation/task';
export const TASK_LIST_PATH = '/open/v1/ai_creation/task/page';

/** `creation_type` (and task-list `type`) of image and of video generation. */
export const IMAGE_CREATION_TYPE = 3;
export const VIDEO_CREATION_TYPE = 4;

/** Chanjing returns at most this many tasks per page and filters by at most this many IDs. */
export const MAX_PAGE_SIZE = 50;
export const MAX_CREATION_IDS = 50;

/**
 * The file API `service` of frames and reference images: not documented for AI creation; what
 * third-party clients send.
 */
export const AI_CREATION_UPLOAD_SERVICE = 'ai_creation';
