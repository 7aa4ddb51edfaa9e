import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../api/credential';
import { isFileRefusal, type UploadableFile, uploadFile } from './fileApi';
import { uploadKey, uploadOnce } from './uploadOnce';

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
	const credential = credentialId(context);
	const execution = String(context.getExecutionId() ?? '');
	const urls: string[] = [];
	for (const file of files) {
		const uploaded = await uploadOnce(
			uploadKey(execution, credential, file.sha256),
			() => uploadFile(context, credential, file, service),
			isFileRefusal,
		);
		urls.push(uploaded.fullPath);
	}
	return urls;
}
