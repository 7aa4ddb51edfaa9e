import type { IDataObject } from 'n8n-workflow';

import type { AgentWords } from '../task/adapter';

/** What a model reads of an avatar video when the node runs as an AI agent's tool. */
export const AVATAR_VIDEO_AGENT_WORDS: AgentWords = {
	submitted:
		"Avatar video submitted; rendering usually takes minutes. Get it with the Chanjing tool's Avatar Video → Get operation and this videoId until status is succeeded (then videoUrl is the MP4) or failed. Do not create again to check progress: every video costs Chanjing credits.",
	downloadIgnored:
		' Download Video is ignored when the node runs as a tool: a model cannot read a video file; videoUrl is its address.',
	nextStep(task: IDataObject): string {
		switch (task.status) {
			case 'succeeded':
				return `The avatar video is ready: ${String(task.videoUrl)}${task.subtitleDataUrl ? ` (subtitles: ${String(task.subtitleDataUrl)})` : ''}`;
			case 'failed':
				return `The avatar video failed: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Creating again costs credits again; change the script, avatar or voice first.`;
			default:
				return `The avatar video is not ready yet (${String(task.status)}, ${String(task.progress ?? 0)} %). Call Get again with this videoId in about a minute.`;
		}
	},
};
