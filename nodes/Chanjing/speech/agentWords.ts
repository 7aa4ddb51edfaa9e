import type { IDataObject } from 'n8n-workflow';

import type { AgentWords } from '../task/adapter';

/** What a model reads of a speech task when the node runs as an AI agent's tool. */
export const SPEECH_AGENT_WORDS: AgentWords = {
	submitted:
		"Speech task submitted; it usually takes seconds. Get it with the Chanjing tool's Speech → Get operation and this taskId until status is succeeded (then audioUrl is the audio file) or failed. Do not generate again to check progress: every task costs Chanjing credits.",
	downloadIgnored:
		' Download Audio is ignored when the node runs as a tool: a model cannot read an audio file; audioUrl is its address.',
	nextStep(task: IDataObject): string {
		switch (task.status) {
			case 'succeeded':
				return `The speech is ready: ${String(task.audioUrl)} (${String(task.duration)} s); sentences holds each sentence's start and end in seconds.`;
			case 'failed':
				return `The speech task failed: ${String(task.errorMessage ?? 'Chanjing gave no reason')}. Generating again costs credits again; change the text or the voice first.`;
			default:
				return `The speech is not ready yet (${String(task.status)}). Call Get again with this taskId in a few seconds.`;
		}
	},
};
