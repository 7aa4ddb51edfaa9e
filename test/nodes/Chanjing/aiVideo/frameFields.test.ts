import { frameFieldsFor, framesForMode } from '../../../../nodes/Chanjing/aiVideo/frameFields';

const FIRST = 'https://example.com/first.jpg';
const LAST = 'https://example.com/last.jpg';

describe('framesForMode', () => {
	it('text to video has no frames, whatever was left in the fields', () => {
		expect(framesForMode('textToVideo', FIRST, LAST)).toEqual([]);
	});

	it('first frame to video sends the first frame only, trimmed', () => {
		expect(framesForMode('firstFrameToVideo', ` ${FIRST} `, LAST)).toEqual([FIRST]);
	});

	it('first and last frame sends both, in order, trimmed', () => {
		expect(framesForMode('firstAndLastFrameToVideo', FIRST, `${LAST}\n`)).toEqual([FIRST, LAST]);
	});
});

describe('frameFieldsFor', () => {
	it('no frames, no fields', () => {
		expect(frameFieldsFor([], 'startEndFrame')).toEqual({});
		expect(frameFieldsFor([], 'refImgUrl')).toEqual({});
		expect(frameFieldsFor([], 'both')).toEqual({});
	});

	it('start_frame and end_frame, as the parameter table names them', () => {
		expect(frameFieldsFor([FIRST], 'startEndFrame')).toEqual({ start_frame: FIRST });
		expect(frameFieldsFor([FIRST, LAST], 'startEndFrame')).toEqual({
			start_frame: FIRST,
			end_frame: LAST,
		});
	});

	it('ref_img_url, as the code samples send it', () => {
		expect(frameFieldsFor([FIRST], 'refImgUrl')).toEqual({ ref_img_url: [FIRST] });
		expect(frameFieldsFor([FIRST, LAST], 'refImgUrl')).toEqual({ ref_img_url: [FIRST, LAST] });
	});

	it('both forms at once', () => {
		expect(frameFieldsFor([FIRST, LAST], 'both')).toEqual({
			start_frame: FIRST,
			end_frame: LAST,
			ref_img_url: [FIRST, LAST],
		});
	});
});
