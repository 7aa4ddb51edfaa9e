import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../api/credential';
import { isFileRefusal, type UploadableFile, uploadFile } from './fileApi';
import { uploadKey, uploadOnce } from './uploadOnce';
import type { UploadedFile } from '../memory/processMemory';

function credentialId(context: IExecuteSingleFunctions): string {
	const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
	return String(reference?.id ?? reference?.name ?? '');
}

/**
 * Uploads checked files for a product's `service`, each once per execution and credential (the
 * same file in two items, or one image as two frames, is uploaded once). Returns their public
 * URLs in order.
 */
export async function uploadFiles(
	context: IExecuteSingleFunctions,
	files: UploadableFile[],
	service: string,
): Promise<string[]> {
	return (await uploadFilesFor(context, files, service)).map((uploaded) => uploaded.fullPath);
}

/** As uploadFiles, with each file's ID too (products that send `file_id`, e.g. create_video). */
export async function uploadFilesFor(
	context: IExecuteSingleFunctions,
	files: UploadableFile[],
	service: string,
): Promise<UploadedFile[]> {
	const credential = credentialId(context);
	const execution = String(context.getExecutionId() ?? '');
	const uploads: UploadedFile[] = [];
	for (const file of files) {
		uploads.push(
			await uploadOnce(
				// the service is part of the key: the same bytes for another service are another file
				uploadKey(execution, credential, `${service}:${file.sha256}`),
				() => uploadFile(context, credential, file, service),
				isFileRefusal,
			),
		);
	}
	return uploads;
}
