import type { IDataObject } from 'n8n-workflow';

import type { AgentWords } from '../task/adapter';

/** What a model reads of a custom avatar when the node runs as an AI agent's tool. */
export const AVATAR_AGENT_WORDS: AgentWords = {
	submitted:
		"Custom avatar training submitted; it takes minutes to half an hour. Get it with the Chanjing tool's Avatar → Get operation and this avatarId every minute or so until status is succeeded (then avatarId is an Avatar for Avatar Video → Create, and voiceId its voice) or failed. Do not create again to check progress: every custom avatar uses your Chanjing quota.",
	downloadIgnored: '',
	nextStep(task: IDataObject): string {
		switch (task.status) {
			case 'succeeded':
				return task.usable === false
					? `The avatar was trained but Chanjing disabled it: ${String(task.reason ?? 'no reason given')}.`
					: `The avatar is ready: use avatarId ${String(task.avatarId)} as the Avatar of Avatar Video → Create${task.voiceId ? `, with its own voice ${String(task.voiceId)}` : ''}.`;
			case 'failed':
				return `The avatar could not be trained: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Creating again uses quota again; use a clearer video of one person facing the camera first.`;
			default:
				return `The avatar is not ready yet (${String(task.state ?? task.status)}, ${String(task.progress ?? 0)}%). Call Get again with this avatarId in a minute or so.`;
		}
	},
};
