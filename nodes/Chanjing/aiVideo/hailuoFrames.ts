import type { HeaderReading } from '../media/imageHeader';
import { FRAME_MAX_ASPECT_RATIO, FRAME_MAX_BYTES, FRAME_MIN_SHORT_SIDE_PX } from './hailuo';

/** Why an image cannot be a Hailuo 02 frame, in words that follow the field's name, or undefined. */
export function frameImageProblem(reading: HeaderReading, sizeBytes: number): string | undefined {
	if (sizeBytes >= FRAME_MAX_BYTES) {
		return `is ${(sizeBytes / 1024 / 1024).toFixed(1)} MB; Hailuo 02 takes frames under ${FRAME_MAX_BYTES / 1024 / 1024} MB`;
	}
	if (reading.kind === 'notImage') {
		return 'is not a JPG, PNG or WebP image; Hailuo 02 takes only these formats';
	}
	if (reading.kind === 'needMore') {
		return `is a ${reading.format.toUpperCase()} file that ends before its size is given; it looks truncated`;
	}
	if (reading.kind === 'unreadable') {
		return `is a ${reading.format.toUpperCase()} file whose size cannot be read: ${reading.reason}`;
	}
	const { width, height } = reading;
	const short = Math.min(width, height);
	const long = Math.max(width, height);
	if (short < FRAME_MIN_SHORT_SIDE_PX) {
		return `is ${width}×${height} px; Hailuo 02 needs the short side to be at least ${FRAME_MIN_SHORT_SIDE_PX} px`;
	}
	if (long / short > FRAME_MAX_ASPECT_RATIO) {
		return `is ${width}×${height} px (aspect ratio ${(width / height).toFixed(2)}); Hailuo 02 needs an aspect ratio between 2:5 and 5:2`;
	}
	return undefined;
}
