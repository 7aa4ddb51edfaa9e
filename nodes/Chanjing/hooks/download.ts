import type { IBinaryData, IExecuteSingleFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

/** Fetches the finished video (a public file URL, no token) as n8n binary data. */
export async function downloadVideo(
	this: IExecuteSingleFunctions,
	creationId: string,
	videoUrl: unknown,
): Promise<IBinaryData> {
	if (typeof videoUrl !== 'string' || videoUrl === '') {
		throw new NodeOperationError(
			this.getNode(),
			`Video ${creationId} has no video URL to download yet`,
			{
				itemIndex: this.getItemIndex(),
				description:
					'The task has not succeeded. Turn on Wait for Completion, or download it once it has.',
			},
		);
	}
	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequest({
			method: 'GET',
			url: videoUrl,
			encoding: 'arraybuffer',
			json: false,
			returnFullResponse: true,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`Could not download video ${creationId} from ${hostOf(videoUrl)}: ${(error as Error).message}`,
			{
				itemIndex: this.getItemIndex(),
				description: `The video stays at ${videoUrl}; creation ID ${creationId}.`,
			},
		);
	}
	return await this.helpers.prepareBinaryData(
		Buffer.from(response.body as ArrayBuffer),
		`${creationId}.mp4`,
		'video/mp4',
	);
}
