import { type AudioFormat, audioFormatOf } from './fileSignatures';

/**
 * What the node sends as a digital human's audio (create_video's `audio.file_id`): WAV, MP3 or
 * M4A, as Chanjing's video skill says ("音频驱动目前适合 wav / mp3 / m4a"), told from the file's
 * first bytes. No source states a size limit for it; the node sends files under 100 MB, the
 * limit Chanjing states for a voice's reference audio (catalogue 7), its own assumption.
 */
export const AUDIO_MAX_BYTES = 100 * 1024 * 1024;

export type AudioReading = { format: AudioFormat } | { problem: string };

export function readAudioFile(head: Uint8Array, sizeBytes: number): AudioReading {
	if (sizeBytes >= AUDIO_MAX_BYTES) {
		return {
			problem: `is ${(sizeBytes / 1024 / 1024).toFixed(1)} MB; the node sends audio under ${AUDIO_MAX_BYTES / 1024 / 1024} MB`,
		};
	}
	if (sizeBytes === 0) return { problem: 'is empty' };
	const format = audioFormatOf(head);
	return format ? { format } : { problem: 'is not a WAV, MP3 or M4A audio file' };
}
