import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { readAudioFile } from '../media/audioRules';
import { backgroundImageProblem } from '../media/backgroundRules';
import { readBinaryFile } from '../upload/binaryFile';
import { readBinaryImage } from '../upload/binaryImage';
import type { UploadableFile } from '../upload/fileApi';
import { uploadFilesFor } from '../upload/uploadFiles';
import { VIDEO_AUDIO_SERVICE, VIDEO_BACKGROUND_SERVICE } from './paths';
import type { AvatarVideoInput } from './videoInput';

/** The binary audio and background image of an item, read and checked (nothing uploaded yet). */
export interface VideoFiles {
	audio?: UploadableFile;
	background?: UploadableFile;
}

/** Reads and checks the item's binary files by their bytes: a bad one stops the item before any request. */
export async function readVideoFiles(
	context: IExecuteSingleFunctions,
	input: AvatarVideoInput,
): Promise<VideoFiles> {
	const files: VideoFiles = {};
	if (input.driveWith === 'audioBinary') {
		files.audio = await readBinaryFile(
			context,
			'Audio Binary Property',
			String(input.audioBinaryProperty).trim(),
			readAudioFile,
		);
	}
	if (input.background === 'imageBinary') {
		files.background = await readBinaryImage(
			context,
			'Background Binary Property',
			String(input.backgroundBinaryProperty).trim(),
			backgroundImageProblem,
		);
	}
	return files;
}

/** Uploads the checked files, each once per execution: their file IDs (audio.file_id, bg.file_id). */
export async function uploadVideoFiles(
	context: IExecuteSingleFunctions,
	files: VideoFiles,
): Promise<{ audioFileId?: string; backgroundFileId?: string }> {
	const [audio] = files.audio
		? await uploadFilesFor(context, [files.audio], VIDEO_AUDIO_SERVICE)
		: [];
	const [background] = files.background
		? await uploadFilesFor(context, [files.background], VIDEO_BACKGROUND_SERVICE)
		: [];
	return { audioFileId: audio?.fileId, backgroundFileId: background?.fileId };
}
