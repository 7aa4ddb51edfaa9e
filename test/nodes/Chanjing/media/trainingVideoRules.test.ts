import {
	readTrainingVideo,
	TRAINING_VIDEO_MAX_BYTES,
} from '../../../../nodes/Chanjing/media/trainingVideoRules';
import { mp4Of, wavOf, webmOf } from '../../../helpers/recordings';

/** A custom avatar's training video: MP4, MOV or WebM by its bytes, at most 5 minutes when stated. */
describe('readTrainingVideo', () => {
	it('an MP4, a MOV and a WebM of a stated length pass with it', () => {
		expect(readTrainingVideo(mp4Of(60), 5000)).toEqual({ format: 'mp4', seconds: 60 });
		expect(readTrainingVideo(mp4Of(300, { brand: 'qt  ' }), 5000)).toEqual({
			format: 'mov',
			seconds: 300,
		});
		expect(readTrainingVideo(webmOf(90), 5000)).toEqual({ format: 'webm', seconds: 90 });
	});

	it('a video that does not state its length passes on its format alone', () => {
		expect(readTrainingVideo(webmOf(undefined), 5000)).toEqual({ format: 'webm' });
	});

	it('refuses over 5 minutes, with the length', () => {
		expect(readTrainingVideo(webmOf(301), 5000)).toEqual({
			problem: 'lasts 301.0 s; Chanjing trains a custom avatar from a video of at most 5 minutes',
		});
	});

	it('refuses what is not a video (M4A audio too), an empty file and 1 GB or more', () => {
		expect(readTrainingVideo(wavOf(20), 160_044)).toEqual({
			problem: 'is not an MP4, MOV or WebM video',
		});
		expect(readTrainingVideo(mp4Of(20, { brand: 'M4A ' }), 5000)).toEqual({
			problem: 'is not an MP4, MOV or WebM video',
		});
		expect(readTrainingVideo(mp4Of(20), 0)).toEqual({ problem: 'is empty' });
		expect(readTrainingVideo(mp4Of(20), TRAINING_VIDEO_MAX_BYTES)).toEqual({
			problem: 'is 1024.0 MB; the node sends videos under 1024 MB',
		});
	});
});
