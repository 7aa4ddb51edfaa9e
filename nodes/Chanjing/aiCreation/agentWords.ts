import type { IDataObject } from 'n8n-workflow';

import type { AgentWords } from '../task/adapter';

/** What a model reads of an AI-creation task when the node runs as an AI agent's tool. */

export const VIDEO_AGENT_WORDS: AgentWords = {
	submitted:
		"Video task submitted; rendering usually takes a few minutes. Get the video with the Chanjing tool's Get operation and this creationId until status is succeeded (then videoUrl is the MP4) or failed. Do not submit again to check progress: every submit costs Chanjing credits.",
	downloadIgnored:
		' Download Video is ignored when the node runs as a tool: a model cannot read a video file; videoUrl is its address.',
	nextStep(task: IDataObject): string {
		switch (task.status) {
			case 'succeeded':
				return `The video is ready: ${String(task.videoUrl)}`;
			case 'failed':
				return `The video task failed: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Submitting again costs credits again; change the prompt or the frames first.`;
			default:
				return `The video is not ready yet (${String(task.status)}). Call Get again with this creationId in about a minute.`;
		}
	},
};

export const IMAGE_AGENT_WORDS: AgentWords = {
	submitted:
		"Image task submitted; it usually takes under a minute. Get it with the Chanjing tool's Get operation and this creationId until status is succeeded (then outputUrls are the images) or failed. Do not submit again to check progress: every submit costs Chanjing credits.",
	downloadIgnored:
		' Download Images is ignored when the node runs as a tool: a model cannot read image files; outputUrls are their addresses.',
	nextStep(task: IDataObject): string {
		switch (task.status) {
			case 'succeeded':
				return `The images are ready: ${((task.outputUrls ?? []) as string[]).join(' ')}`;
			case 'failed':
				return `The image task failed: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Submitting again costs credits again; change the prompt first.`;
			default:
				return `The images are not ready yet (${String(task.status)}). Call Get again with this creationId in a little while.`;
		}
	},
};
