/** The modes of video generation, which every video model offers some of. */
export type GenerateMode = 'textToVideo' | 'firstFrameToVideo' | 'firstAndLastFrameToVideo';

export const ALL_MODES: GenerateMode[] = [
	'textToVideo',
	'firstFrameToVideo',
	'firstAndLastFrameToVideo',
];

export const MODES_WITH_FIRST_FRAME: GenerateMode[] = [
	'firstFrameToVideo',
	'firstAndLastFrameToVideo',
];

/** The Mode values as the panel names them. */
export const MODE_NAMES: Record<string, string> = {
	textToVideo: 'Text to Video',
	firstFrameToVideo: 'First Frame to Video',
	firstAndLastFrameToVideo: 'First and Last Frame to Video',
};
