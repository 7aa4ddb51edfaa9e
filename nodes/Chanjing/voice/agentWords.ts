import type { IDataObject } from 'n8n-workflow';

import type { AgentWords } from '../task/adapter';

/** What a model reads of a cloned voice when the node runs as an AI agent's tool. */
export const VOICE_AGENT_WORDS: AgentWords = {
	submitted:
		"Voice clone submitted. Get it with the Chanjing tool's Voice → Get operation and this voiceId every 15 seconds or so until status is succeeded (then voiceId is a voice for Speech → Generate and Avatar Video → Create) or failed. Do not clone again to check progress: every clone uses your Chanjing quota.",
	downloadIgnored: '',
	nextStep(task: IDataObject): string {
		switch (task.status) {
			case 'succeeded':
				return `The voice is ready: use voiceId ${String(task.voiceId)} as the Voice of Speech → Generate or Avatar Video → Create.`;
			case 'failed':
				return `The voice cannot be used: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Cloning again uses quota again; use a clearer recording of 30 seconds or more first.`;
			default:
				return `The voice is not ready yet (${String(task.state ?? task.status)}). Call Get again with this voiceId in 15 seconds or so.`;
		}
	},
};
