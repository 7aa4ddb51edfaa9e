import type { InputProblem } from '../input/problem';
import { oneOf } from '../input/words';
import { type Avatar, figureTypeName } from '../lookups/avatars';
import type { AvatarSource } from '../lookups/paths';
import type { Size } from './canvas';

/**
 * What the avatar of a create is, checked against Chanjing's lists: one the account can use, the
 * figure it offers (public avatars), 4K only where it is offered. Pure: the lists were read
 * before (lookups/catalogue.ts).
 */
export interface AvatarPlan {
	id: string;
	/** Undefined when the lists were too long to read whole and do not hold it. */
	avatar?: Avatar;
	/** `person.figure_type`: public avatars only (not used for custom ones, VC). */
	figureType?: string;
	/** The figure's size, for its place on the canvas. */
	figure: Partial<Size>;
	circle: boolean;
	/** create_video's `source`: 1 for a custom avatar made on the website. */
	source?: AvatarSource;
}

function named(avatar: Avatar): string {
	return `"${avatar.name}"`;
}

export function planAvatar(
	id: string,
	found: { avatar?: Avatar; complete: boolean },
	{ figureType, uhd }: { figureType: string; uhd: boolean },
): AvatarPlan | InputProblem {
	const { avatar } = found;
	if (!avatar) {
		if (found.complete) {
			return {
				field: 'Avatar',
				message: `"${id}" is none of Chanjing's public avatars or your custom avatars; pick one From List`,
			};
		}
		return { id, figureType: figureType || undefined, figure: {}, circle: false };
	}
	if (avatar.kind === 'custom') {
		if (!avatar.usable) {
			const why = avatar.status === 'ready' ? 'disabled' : avatar.status;
			return {
				field: 'Avatar',
				message: `${named(avatar)} is a custom avatar that is ${why}${avatar.reason ? ` (${avatar.reason})` : ''}; only a ready custom avatar can speak`,
			};
		}
		if (uhd && !avatar.supports4k) {
			return {
				field: 'Resolution',
				message: `4K is not offered by the custom avatar ${named(avatar)}; choose 1080p, or an avatar made in 4K`,
			};
		}
		const big = uhd && avatar.width4k > 0 && avatar.height4k > 0;
		return {
			id,
			avatar,
			figure: big
				? { width: avatar.width4k, height: avatar.height4k }
				: { width: avatar.width, height: avatar.height },
			circle: false,
			...(avatar.source === 1 ? { source: 1 as const } : {}),
		};
	}
	const offered = avatar.figures.map((figure) => figureTypeName(figure.type));
	const figure = figureType ? avatar.figures.find((f) => f.type === figureType) : avatar.figures[0];
	if (!figure) {
		return {
			field: 'Figure Type',
			message: offered.length
				? `${figureTypeName(figureType)} is not offered by the avatar ${named(avatar)}; choose ${oneOf(offered)} (or Auto)`
				: `cannot be chosen: Chanjing lists no figures for the avatar ${named(avatar)}`,
		};
	}
	if (uhd && !figure.supports4k) {
		const with4k = avatar.figures.filter((f) => f.supports4k).map((f) => figureTypeName(f.type));
		return {
			field: 'Resolution',
			message: `4K is not offered by the avatar ${named(avatar)} as ${figureTypeName(figure.type)} (${figure.width}×${figure.height}); ${with4k.length ? `choose the figure ${oneOf(with4k)}, ` : ''}choose 1080p or an avatar that supports 4K`,
		};
	}
	return {
		id,
		avatar,
		figureType: figure.type,
		figure: { width: figure.width, height: figure.height },
		circle: figure.type === 'circle_view',
	};
}
