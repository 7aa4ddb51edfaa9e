import type { IDataObject } from 'n8n-workflow';

import type { AgentWords } from '../task/adapter';

/** What a model reads of a lip-sync video when the node runs as an AI agent's tool. */
export const LIP_SYNC_AGENT_WORDS: AgentWords = {
	submitted:
		"Lip-sync video submitted; rendering usually takes minutes. Get it with the Chanjing tool's Lip Sync → Get operation and this videoId until status is succeeded (then videoUrl is the MP4) or failed. Do not create again to check progress: every lip-sync video costs Chanjing credits.",
	downloadIgnored:
		' Download Video is ignored when the node runs as a tool: a model cannot read a video file; videoUrl is its address.',
	nextStep(task: IDataObject): string {
		switch (task.status) {
			case 'succeeded':
				return `The lip-sync video is ready: ${String(task.videoUrl)}`;
			case 'failed':
				return `The lip-sync video failed: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Creating again costs credits again; change the footage (a clearly visible face), the script or the audio first.`;
			default:
				return `The lip-sync video is not ready yet (${String(task.status)}, ${String(task.progress ?? 0)} %). Call Get again with this videoId in about a minute.`;
		}
	},
};
