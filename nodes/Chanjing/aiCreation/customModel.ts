import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { InputProblem } from '../input/problem';

/** The Model value of a model Chanjing adds later: code, creation type and fields by hand. */
export const CUSTOM_MODEL = 'custom';

/** The Custom model as the user entered it, after n8n resolved the expressions. */
export interface CustomModel {
	custom: true;
	code: unknown;
	creationType: unknown;
	additionalBodyFields: unknown;
}

export function isCustomModel(model: object): model is CustomModel {
	return 'custom' in model;
}

/** The Custom model's fields when Model is Custom (Video and Image alike), else undefined. */
export function readCustomModel(
	context: IExecuteSingleFunctions,
	model: unknown,
): CustomModel | undefined {
	if (model !== CUSTOM_MODEL) return undefined;
	return {
		custom: true,
		code: context.getNodeParameter('customModelCode', ''),
		creationType: context.getNodeParameter('creationType', undefined),
		additionalBodyFields: context.getNodeParameter('additionalBodyFields', '{}'),
	};
}

/**
 * Sets model_code and creation_type of a checked Custom model in place (their keys keep the
 * routing's order) and returns its Additional Body Fields, to be merged last.
 */
export function applyCustomModel(body: IDataObject, model: CustomModel): IDataObject {
	body.creation_type = Number(model.creationType);
	body.model_code = String(model.code).trim();
	const parsed = parseAdditionalBodyFields(model.additionalBodyFields);
	return 'fields' in parsed ? parsed.fields : {};
}

/** Fields the node sets itself from Model Code and Creation Type. */
const SET_BY_THE_NODE = ['model_code', 'creation_type'];

/** JSON.parse's reason in one line, without its quote of the user's text (Node 20 and 24 differ). */
function parseFailure(error: Error): string {
	const reason = error.message.split('\n')[0];
	const position = /position (\d+)/.exec(error.message)?.[1];
	const token = /^Unexpected token '([^']*)'/.exec(reason)?.[1];
	if (token !== undefined)
		return `unexpected ${JSON.stringify(token)}${position ? ` at character ${Number(position) + 1}` : ''}`;
	return reason.replace(/, ".*$/, '').slice(0, 120);
}

/** Additional Body Fields (JSON) as an object, or why it is not one. */
export function parseAdditionalBodyFields(
	value: unknown,
): { fields: IDataObject } | { problem: InputProblem } {
	const field = 'Additional Body Fields (JSON)';
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return { fields: {} };
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			return {
				problem: { field, message: `is not valid JSON: ${parseFailure(error as Error)}` },
			};
		}
	}
	if (parsed === undefined || parsed === null) return { fields: {} };
	if (typeof parsed !== 'object' || Array.isArray(parsed)) {
		return {
			problem: {
				field,
				message: `must be a JSON object such as { "video_duration": 5 }, got ${JSON.stringify(parsed)}`,
			},
		};
	}
	const clash = Object.keys(parsed).find((key) => SET_BY_THE_NODE.includes(key));
	if (clash) {
		return {
			problem: {
				field,
				message: `must not contain "${clash}"; set it in Model Code or Creation Type`,
			},
		};
	}
	return { fields: parsed as IDataObject };
}

export function checkCustomModel(model: Omit<CustomModel, 'custom'>): InputProblem | undefined {
	if (typeof model.code !== 'string' || model.code.trim() === '') {
		return {
			field: 'Model Code',
			message: "is empty; give the model_code of Chanjing's page for the model",
		};
	}
	if (!/^[\w.-]+$/.test(model.code.trim())) {
		return {
			field: 'Model Code',
			message: `must be a model code such as Doubao-Seedance-1.0-pro (letters, digits, ".", "_" and "-"), got ${JSON.stringify(model.code)}`,
		};
	}
	const type = model.creationType;
	const whole = typeof type === 'number' ? type : Number(String(type ?? '').trim());
	if (!Number.isInteger(whole) || whole <= 0 || String(type ?? '').trim() === '') {
		return {
			field: 'Creation Type',
			message: `must be a whole number (4 for video, 3 for images), got ${JSON.stringify(type)}`,
		};
	}
	const parsed = parseAdditionalBodyFields(model.additionalBodyFields);
	return 'problem' in parsed ? parsed.problem : undefined;
}
