import type { HeaderReading } from './imageHeader';

/** The largest image the node sends to a model whose page states no limit: Hailuo 02's 20 MB. */
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Why an image cannot go to a model whose page states no image limits (reference images, the
 * frames of models other than Hailuo 02), or undefined: the node asks for a readable JPG, PNG or
 * WebP under Hailuo's 20 MB (its own assumption).
 */
export function imageFileProblem(reading: HeaderReading, sizeBytes: number): string | undefined {
	if (sizeBytes >= IMAGE_MAX_BYTES) {
		return `is ${(sizeBytes / 1024 / 1024).toFixed(1)} MB; the node sends images under ${IMAGE_MAX_BYTES / 1024 / 1024} MB`;
	}
	if (reading.kind === 'notImage') return 'is not a JPG, PNG or WebP image';
	if (reading.kind === 'needMore') {
		return `is a ${reading.format.toUpperCase()} file that ends before its size is given; it looks truncated`;
	}
	if (reading.kind === 'unreadable') {
		return `is a ${reading.format.toUpperCase()} file whose size cannot be read: ${reading.reason}`;
	}
	return undefined;
}
