import { aiCreationAdapter } from '../aiCreation/adapter';
import { IMAGE_AGENT_WORDS } from '../aiCreation/agentWords';
import { IMAGE_CREATION_TYPE } from '../aiCreation/paths';

/** AI image: a task of an image model; it delivers 1–4 images, one item each. */
export const aiImageAdapter = aiCreationAdapter(
	{ noun: 'image task', taskName: 'image task', creationType: IMAGE_CREATION_TYPE },
	{
		kind: 'image',
		layout: 'itemPerFile',
		fileFields: { index: 'imageIndex', url: 'imageUrl' },
		urls: (task) => (Array.isArray(task.outputUrls) ? task.outputUrls : []),
		fileName: (id, index) => `${id}-${index + 1}`,
		delivery: {
			// number_of_images as the task records it (a Custom model may not send it)
			requested: (task) => {
				const count = Number(task.numberOfImages);
				return Number.isInteger(count) && count > 0 ? count : undefined;
			},
			fields: {
				requested: 'imagesRequested',
				delivered: 'imagesDelivered',
				missing: 'missingImages',
			},
		},
	},
	IMAGE_AGENT_WORDS,
);
