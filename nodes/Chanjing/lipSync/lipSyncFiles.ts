import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { readAudioFile } from '../media/audioRules';
import { type VideoSize, videoSizeOf } from '../media/videoSize';
import { videoRules } from '../media/videoRules';
import { readPrefix } from '../upload/binaryImage';
import { readBinaryFile } from '../upload/binaryFile';
import type { UploadableFile } from '../upload/fileApi';
import { uploadFilesFor } from '../upload/uploadFiles';
import { readUrlFile } from '../upload/urlFile';
import type { LipSyncInput } from './lipSyncInput';
import { LIP_SYNC_AUDIO_SERVICE, LIP_SYNC_VIDEO_MAX_BYTES, LIP_SYNC_VIDEO_SERVICE } from './paths';

const VIDEO_RULES = videoRules({ maxBytes: LIP_SYNC_VIDEO_MAX_BYTES });

/** The item's footage and audio, read and checked by their bytes (nothing uploaded yet). */
export interface LipSyncFiles {
	video: UploadableFile;
	/** The footage's picture size, when its container tells it in the bytes read. */
	videoSize?: VideoSize;
	audio?: UploadableFile;
}

/** The picture size from the whole file in memory, or from the first MB of stored data. */
async function sizeOf(file: UploadableFile): Promise<VideoSize | undefined> {
	const body = await file.body();
	if (Buffer.isBuffer(body)) return videoSizeOf(body);
	return videoSizeOf(await readPrefix(body, (bytes) => videoSizeOf(bytes) !== undefined));
}

/**
 * Reads and checks the item's files — a binary property, or a URL the node fetches, since lip
 * sync takes only uploaded files (catalogue 4: `video_file_id`, `audio_file_id`) — by their
 * bytes: a bad one stops the item before anything is uploaded or created.
 */
export async function readLipSyncFiles(
	context: IExecuteSingleFunctions,
	input: LipSyncInput,
): Promise<LipSyncFiles> {
	const video =
		input.videoSource === 'url'
			? await readUrlFile(context, 'Video URL', String(input.videoUrl).trim(), VIDEO_RULES)
			: await readBinaryFile(
					context,
					'Video Binary Property',
					String(input.videoBinaryProperty).trim(),
					VIDEO_RULES,
				);
	const audio =
		input.driveWith === 'audioBinary'
			? await readBinaryFile(
					context,
					'Audio Binary Property',
					String(input.audioBinaryProperty).trim(),
					readAudioFile,
				)
			: input.driveWith === 'audioUrl'
				? await readUrlFile(context, 'Audio URL', String(input.audioUrl).trim(), readAudioFile)
				: undefined;
	return {
		video,
		videoSize: input.canvas === 'video' ? await sizeOf(video) : undefined,
		...(audio ? { audio } : {}),
	};
}

/** Uploads the checked files, each once per execution and service: their file IDs. */
export async function uploadLipSyncFiles(
	context: IExecuteSingleFunctions,
	files: LipSyncFiles,
): Promise<{ videoFileId: string; audioFileId?: string }> {
	const [video] = await uploadFilesFor(context, [files.video], LIP_SYNC_VIDEO_SERVICE);
	const [audio] = files.audio
		? await uploadFilesFor(context, [files.audio], LIP_SYNC_AUDIO_SERVICE)
		: [];
	return { videoFileId: video.fileId, audioFileId: audio?.fileId };
}
