import { customCanvasFields, MAX_CANVAS_SIDE } from '../../../../nodes/Chanjing/fields/videoCanvas';

describe('customCanvasFields', () => {
	it('Canvas Width and Height, 1 to the largest side, 1080×1920 by default, shown for Custom', () => {
		expect(MAX_CANVAS_SIDE).toBe(2 * 3840);
		expect(customCanvasFields.map((field) => [field.name, field.default])).toEqual([
			['canvasWidth', 1080],
			['canvasHeight', 1920],
		]);
		for (const field of customCanvasFields) {
			expect(field.typeOptions).toEqual({ minValue: 1, maxValue: MAX_CANVAS_SIDE });
			expect(field.displayOptions).toEqual({ show: { canvas: ['custom'] } });
		}
	});
});
