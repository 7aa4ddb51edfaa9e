import { aiCreationAdapter } from '../aiCreation/adapter';
import { VIDEO_AGENT_WORDS } from '../aiCreation/agentWords';
import { VIDEO_CREATION_TYPE } from '../aiCreation/paths';

/** AI video: a task of a video model; it delivers one MP4, attached to its item. */
export const aiVideoAdapter = aiCreationAdapter(
	{ noun: 'video', taskName: 'video task', creationType: VIDEO_CREATION_TYPE },
	{
		kind: 'video',
		layout: 'attach',
		urls: (task) => [task.videoUrl],
		fileName: (id) => id,
	},
	VIDEO_AGENT_WORDS,
);
