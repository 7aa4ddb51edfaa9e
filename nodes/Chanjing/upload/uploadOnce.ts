import type { UploadedFrame } from './fileApi';

/** Uploads remembered at once; the oldest is forgotten first. */
export const MAX_REMEMBERED_UPLOADS = 500;
/** An execution that runs longer than this uploads its images again (the URL stays valid for days). */
export const REMEMBER_UPLOAD_MS = 6 * 60 * 60 * 1000;

interface Entry {
	upload: Promise<UploadedFrame>;
	at: number;
}

/**
 * Uploads in flight or done, keyed by execution, credential and content hash: items of one
 * execution that carry the same image (or one image as first and last frame) upload it once,
 * even when they run at the same time. Module-level, so bounded in count and age.
 */
const uploads = new Map<string, Entry>();

export function uploadKey(executionId: string, credentialId: string, sha256: string): string {
	return `${executionId}\u0000${credentialId}\u0000${sha256}`;
}

function forgetOld(now: number): void {
	for (const [key, entry] of uploads) {
		if (uploads.size <= MAX_REMEMBERED_UPLOADS && now - entry.at < REMEMBER_UPLOAD_MS) break;
		uploads.delete(key);
	}
}

/**
 * The upload for `key`: the remembered one, or `start()`'s. A failed upload is forgotten so a
 * later item may try again, unless `keepFailure(error)` says the answer would be the same.
 */
export function uploadOnce(
	key: string,
	start: () => Promise<UploadedFrame>,
	keepFailure: (error: unknown) => boolean,
): Promise<UploadedFrame> {
	const now = Date.now();
	const known = uploads.get(key);
	if (known && now - known.at < REMEMBER_UPLOAD_MS) return known.upload;
	const upload = start().catch((error: unknown) => {
		if (!keepFailure(error) && uploads.get(key)?.upload === upload) uploads.delete(key);
		throw error;
	});
	uploads.delete(key);
	uploads.set(key, { upload, at: now });
	forgetOld(now);
	return upload;
}

/** For tests: how many uploads are remembered, and forgetting them all. */
export function rememberedUploads(): number {
	return uploads.size;
}

export function forgetUploads(): void {
	uploads.clear();
}
