import { hasMp4Signature } from './fileSignatures';
import { mp4Seconds } from './mediaLength';

/**
 * The video a custom avatar is trained from (create_customised_person's `file_id`, catalogue
 * 5): MP4, MOV or WebM, at most 5 minutes [CP]. No source states a size limit.
 */
export const TRAINING_VIDEO_MAX_SECONDS = 5 * 60;

export type TrainingVideoReading = { format: string; seconds?: number } | { problem: string };

export function readTrainingVideo(head: Uint8Array, sizeBytes: number): TrainingVideoReading {
	if (sizeBytes === 0) return { problem: 'is empty' };
	if (!hasMp4Signature(head)) return { problem: 'is not an MP4, MOV or WebM video' };
	const seconds = mp4Seconds(head);
	if (seconds !== undefined && seconds > TRAINING_VIDEO_MAX_SECONDS) {
		return {
			problem: `lasts ${seconds.toFixed(1)} s; Chanjing trains a custom avatar from a video of at most ${TRAINING_VIDEO_MAX_SECONDS / 60} minutes`,
		};
	}
	return seconds === undefined ? { format: 'mp4' } : { format: 'mp4', seconds };
}
