import { mediaSeconds } from './mediaLength';
import { readVideoFile, type VideoReading } from './videoRules';

/**
 * The video a custom avatar is trained from (create_customised_person's `file_id`, catalogue
 * 5): MP4, MOV or WebM told by its bytes, at most 5 minutes where the file states its length
 * [CP]. No source states a size limit: the node sends videos under 1 GB, its own bound.
 */
export const TRAINING_VIDEO_MAX_SECONDS = 5 * 60;
export const TRAINING_VIDEO_MAX_BYTES = 1024 * 1024 * 1024;

export function readTrainingVideo(
	head: Uint8Array,
	sizeBytes: number,
): VideoReading | { format: string; seconds: number } {
	const reading = readVideoFile(head, sizeBytes, { maxBytes: TRAINING_VIDEO_MAX_BYTES });
	if ('problem' in reading) return reading;
	const seconds = mediaSeconds(head, sizeBytes);
	if (seconds === undefined) return reading;
	if (seconds > TRAINING_VIDEO_MAX_SECONDS) {
		return {
			problem: `lasts ${seconds.toFixed(1)} s; Chanjing trains a custom avatar from a video of at most ${TRAINING_VIDEO_MAX_SECONDS / 60} minutes`,
		};
	}
	return { ...reading, seconds };
}
