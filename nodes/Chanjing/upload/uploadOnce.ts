import { processMemory, type UploadedFile } from '../memory/processMemory';

/**
 * Uploads in flight or done, keyed by execution, credential and content hash
 * (processMemory.uploads): items of one execution that carry the same file (or one image as
 * first and last frame) upload it once, even when they run at the same time.
 */

export function uploadKey(executionId: string, credentialId: string, sha256: string): string {
	return `${executionId}\u0000${credentialId}\u0000${sha256}`;
}

/**
 * The upload for `key`: the remembered one, or `start()`'s. A failed upload is forgotten so a
 * later item may try again, unless `keepFailure(error)` says the answer would be the same.
 */
export function uploadOnce(
	key: string,
	start: () => Promise<UploadedFile>,
	keepFailure: (error: unknown) => boolean,
): Promise<UploadedFile> {
	const uploads = processMemory.uploads;
	const known = uploads.get(key);
	if (known) return known;
	const upload = start().catch((error: unknown) => {
		if (!keepFailure(error) && uploads.get(key) === upload) uploads.delete(key);
		throw error;
	});
	return uploads.set(key, upload);
}
