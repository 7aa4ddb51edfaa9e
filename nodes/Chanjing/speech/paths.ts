/** Chanjing's text to speech (语音合成, catalogue 6). */
export const CREATE_SPEECH_PATH = '/open/v1/create_audio_task';
export const SPEECH_STATE_PATH = '/open/v1/audio_task_state';

/** "不超过 4000 字" (TTS create_task refuses only more than 4000). */
export const MAX_SPEECH_CHARACTERS = 4000;
