import type { HeaderReading } from './imageHeader';
import { imageFileProblem } from './imageRules';

/**
 * A digital-human video's background image: JPG or PNG only ("背景图仅支持 jpg / png", Chanjing's
 * video skill), readable, under the node's 20 MB for images.
 */
export function backgroundImageProblem(
	reading: HeaderReading,
	sizeBytes: number,
): string | undefined {
	const problem = imageFileProblem(reading, sizeBytes);
	if (problem)
		return problem.replace('is not a JPG, PNG or WebP image', 'is not a JPG or PNG image');
	if (reading.kind === 'image' && reading.format === 'webp') {
		return 'is a WebP image; Chanjing takes JPG or PNG backgrounds only';
	}
	return undefined;
}
