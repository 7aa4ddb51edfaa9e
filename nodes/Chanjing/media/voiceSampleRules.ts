import { type AudioFormat, audioFormatOf } from './fileSignatures';
import { mediaSeconds } from './mediaLength';

/**
 * The recording a voice is cloned from (create_customised_audio's `url`, catalogue 7): MP3, WAV
 * or M4A told from its bytes, at most 100 MB [VCL]. Its length: VCL recommends 30 s to 5 min,
 * Chanjing's SDK and ComfyUI nodes 15 s to 5 min (catalogue D5). The node refuses what every
 * source rules out — under 15 s or over 5 min — when the file states its length, and lets
 * Chanjing judge the rest.
 */
export const VOICE_SAMPLE_MAX_BYTES = 100 * 1024 * 1024;
export const VOICE_SAMPLE_SECONDS = { min: 15, max: 5 * 60 };

export type VoiceSampleReading = { format: AudioFormat; seconds?: number } | { problem: string };

function mb(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function readVoiceSample(head: Uint8Array, sizeBytes: number): VoiceSampleReading {
	if (sizeBytes === 0) return { problem: 'is empty' };
	if (sizeBytes > VOICE_SAMPLE_MAX_BYTES) {
		return {
			problem: `is ${mb(sizeBytes)}; Chanjing clones from recordings of at most ${VOICE_SAMPLE_MAX_BYTES / 1024 / 1024} MB`,
		};
	}
	const format = audioFormatOf(head);
	if (!format) return { problem: 'is not an MP3, WAV or M4A audio file' };
	const seconds = mediaSeconds(head, sizeBytes);
	if (seconds === undefined) return { format };
	const { min, max } = VOICE_SAMPLE_SECONDS;
	if (seconds < min || seconds > max) {
		return {
			problem: `lasts ${seconds.toFixed(1)} s; Chanjing clones a voice from ${min} s to ${max / 60} min of speech (30 s or more recommended)`,
		};
	}
	return { format, seconds };
}
