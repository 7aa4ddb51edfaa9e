'use strict';
/**
 * The account-independent lookups: public digital humans (list_common_dp), public voices
 * (list_common_audio), the tag dictionary (common/tag_list) and subtitle fonts (font_list).
 * Deterministic: the same ids, names and order in every process. Field names follow the
 * catalogue (shared/chanjing-products.md 3.4 and 6: SPEC's DTOs, the TTS skill's example);
 * the values are the simulator's own. URLs (covers, previews, auditions) point at the
 * simulator's /assets/ routes, built per request from its base URL.
 */
const crypto = require('node:crypto');

/** A 32-hex id derived from a name, like Chanjing's ids. @param {string} seed */
function hexId(seed) {
	return crypto.createHash('sha1').update(`chanjing-sim:${seed}`).digest('hex').slice(0, 32);
}

// ---------------------------------------------------------------------------------------------
// Tags (business_type 1 = digital human, 2 = voice; SPEC's tag_list description)

const TAG_UPDATE_TIME = '2025-06-01 10:00:00';

/** @type {{id: number, name: string, business_type: number, weight: number, tags: [number, string][]}[]} */
const TAG_CATEGORIES = [
	{
		id: 1,
		name: '行业',
		business_type: 1,
		weight: 100,
		tags: [
			[101, '电商带货'],
			[102, '新闻播报'],
			[103, '教育培训'],
			[104, '医疗健康'],
			[105, '金融理财'],
		],
	},
	{
		id: 2,
		name: '场景',
		business_type: 1,
		weight: 90,
		tags: [
			[111, '室内'],
			[112, '户外'],
			[113, '演播室'],
			[114, '办公室'],
		],
	},
	{
		id: 3,
		name: '风格',
		business_type: 1,
		weight: 80,
		tags: [
			[121, '商务'],
			[122, '亲和'],
			[123, '时尚'],
			[124, '知性'],
		],
	},
	{
		id: 4,
		name: '年龄',
		business_type: 1,
		weight: 70,
		tags: [
			[131, '青年'],
			[132, '中年'],
			[133, '老年'],
		],
	},
	{
		id: 5,
		name: '音色',
		business_type: 2,
		weight: 60,
		tags: [
			[201, '温柔'],
			[202, '磁性'],
			[203, '活力'],
		],
	},
	{
		id: 6,
		name: '语言',
		business_type: 2,
		weight: 50,
		tags: [
			[211, '普通话'],
			[212, '英语'],
			[213, '方言'],
		],
	},
];

/** The tag dictionary as tag_list answers it (`data.list`), all business types. */
const TAG_LIST = TAG_CATEGORIES.map((c) => ({
	id: c.id,
	name: c.name,
	business_type: c.business_type,
	weight: c.weight,
	update_time: TAG_UPDATE_TIME,
	tag_child_count: c.tags.length,
	tag_list: c.tags.map(([id, name], i) => ({
		id,
		name,
		parent_id: 0,
		level: 1,
		weight: 100 - i,
		status: 1,
		update_time: TAG_UPDATE_TIME,
		category_id: c.id,
	})),
}));

const TAG_NAMES = new Map(TAG_LIST.flatMap((c) => c.tag_list.map((t) => [t.id, t.name])));

// ---------------------------------------------------------------------------------------------
// Public voices: 98, as the TTS skill's example counts (`total_count: 98`)

const FEMALE_NAMES = [
	'小芸',
	'晓晓',
	'婉清',
	'思雨',
	'梦瑶',
	'佳怡',
	'雨桐',
	'欣然',
	'诗涵',
	'若曦',
	'语嫣',
	'紫萱',
	'可欣',
	'静怡',
	'梓涵',
	'一诺',
	'安琪',
	'清妍',
	'晓雯',
	'雅琪',
	'慧敏',
	'丽娜',
	'秀兰',
	'美玲',
	'嘉欣',
	'楚楚',
	'悦悦',
	'甜甜',
	'芳芳',
	'小雅',
];
const MALE_NAMES = [
	'云阳',
	'浩然',
	'子轩',
	'宇航',
	'俊杰',
	'明轩',
	'天佑',
	'博文',
	'志强',
	'嘉懿',
	'晨阳',
	'立诚',
	'思远',
	'文博',
	'建国',
	'振华',
	'鹏飞',
	'海涛',
	'国栋',
	'子墨',
	'一鸣',
	'泽宇',
	'昊天',
	'皓轩',
	'俊熙',
	'少华',
	'永康',
	'德明',
	'家豪',
	'大伟',
];
const VOICE_STYLES = [
	'带货',
	'新闻',
	'知性',
	'温柔',
	'活力',
	'沉稳',
	'磁性',
	'播音',
	'客服',
	'讲解',
];
const DIALECTS = ['四川话', '粤语', '东北话', '上海话', '河南话', '陕西话', '天津话', '台湾腔'];
const ENGLISH_VOICES = [
	['Emma', 'female'],
	['Olivia', 'female'],
	['Sophia', 'female'],
	['Ava', 'female'],
	['Mia', 'female'],
	['Grace', 'female'],
	['James', 'male'],
	['Michael', 'male'],
	['Daniel', 'male'],
	['Ethan', 'male'],
	['Henry', 'male'],
	['Jack', 'male'],
];
const MULTILINGUAL_VOICES = [
	['带货小芸', 'female'],
	['方言口音老奶奶', 'female'],
	['国际主播安娜', 'female'],
	['双语讲师林夕', 'female'],
	['多语种导游小北', 'male'],
	['跨境电商阿杰', 'male'],
	['双语新闻凯文', 'male'],
	['日语助理美咲', 'female'],
	['韩语主播敏浩', 'male'],
	['多语种客服小安', 'female'],
];

/**
 * @typedef {object} PublicVoice
 * @property {string} id
 * @property {string} name
 * @property {'female'|'male'} gender
 * @property {'cn'|'en'|'multilingual'} lang
 * @property {number} toneHz pitch of the audition's tone
 */

/** @returns {PublicVoice[]} */
function buildVoices() {
	/** @type {Omit<PublicVoice, 'id'|'toneHz'>[]} */
	const raw = [];
	for (let i = 0; i < 30; i++) {
		raw.push({
			name: `${VOICE_STYLES[(i + 1) % 10]}${FEMALE_NAMES[i]}`,
			gender: 'female',
			lang: 'cn',
		});
		raw.push({ name: `${VOICE_STYLES[(i + 3) % 10]}${MALE_NAMES[i]}`, gender: 'male', lang: 'cn' });
	}
	for (const d of DIALECTS) {
		raw.push({ name: `${d}小妹`, gender: 'female', lang: 'cn' });
		raw.push({ name: `${d}大叔`, gender: 'male', lang: 'cn' });
	}
	for (const [name, gender] of ENGLISH_VOICES)
		raw.push({ name, gender: /** @type {'female'|'male'} */ (gender), lang: 'en' });
	for (const [name, gender] of MULTILINGUAL_VOICES)
		raw.push({ name, gender: /** @type {'female'|'male'} */ (gender), lang: 'multilingual' });
	return raw.map((v, i) => ({
		...v,
		id: hexId(`voice-${i}`),
		toneHz: v.gender === 'female' ? 330 + (i % 7) * 20 : 150 + (i % 7) * 15,
	}));
}

/** @type {readonly PublicVoice[]} */
const PUBLIC_VOICES = Object.freeze(buildVoices());
const VOICES_BY_ID = new Map(PUBLIC_VOICES.map((v) => [v.id, v]));

/** How long a voice's audition lasts, seconds. */
const AUDITION_SECONDS = 3;

/** @param {PublicVoice} v @param {string} base */
function voiceItem(v, base) {
	return {
		id: v.id,
		grade: 0,
		name: v.name,
		gender: v.gender,
		lang: v.lang,
		desc: '',
		speed: 1,
		pitch: 1,
		audition: `${base}/assets/voices/${v.id}.wav`,
	};
}

// ---------------------------------------------------------------------------------------------
// Public digital humans: 60

const FIGURE_TYPES = Object.freeze(['whole_body', 'sit_body', 'circle_view']);
const ROLE_BY_INDUSTRY = ['带货主播', '新闻主播', '讲师', '健康顾问', '理财顾问'];

/**
 * @typedef {object} Figure
 * @property {'whole_body'|'sit_body'|'circle_view'} type
 * @property {number} width
 * @property {number} height
 * @property {boolean} bg_replace
 */

/**
 * @typedef {object} PublicAvatar
 * @property {string} id
 * @property {string} name
 * @property {'female'|'male'} gender
 * @property {string} audioManId a public voice of the same gender
 * @property {number[]} tagIds ascending
 * @property {Figure[]} figures
 */

/** The figures of avatar `i`: the mix of types varies, every fourth avatar is filmed in 4K. */
function figuresOf(i) {
	const sets = [
		['whole_body', 'sit_body', 'circle_view'],
		['sit_body'],
		['whole_body', 'circle_view'],
	];
	const uhd = i % 4 === 0;
	return sets[i % 3].map((type) => {
		if (type === 'circle_view') return { type, width: 1080, height: 1080, bg_replace: false };
		return uhd
			? { type, width: 2160, height: 3840, bg_replace: true }
			: { type, width: 1080, height: 1920, bg_replace: true };
	});
}

/** @returns {PublicAvatar[]} */
function buildAvatars() {
	const female = PUBLIC_VOICES.filter((v) => v.gender === 'female' && v.lang === 'cn');
	const male = PUBLIC_VOICES.filter((v) => v.gender === 'male' && v.lang === 'cn');
	return Array.from({ length: 60 }, (_, i) => {
		const gender = i % 2 === 0 ? 'female' : 'male';
		const n = Math.floor(i / 2);
		const personal = gender === 'female' ? FEMALE_NAMES[n] : MALE_NAMES[n];
		const voices = gender === 'female' ? female : male;
		const tagIds = [101 + (i % 5), 111 + (i % 4), 121 + ((i * 3) % 4), 131 + (i % 3)].sort(
			(a, b) => a - b,
		);
		return {
			id: hexId(`avatar-${i}`),
			name: `${ROLE_BY_INDUSTRY[i % 5]}${personal}`,
			gender,
			audioManId: voices[i % voices.length].id,
			tagIds,
			figures: figuresOf(i),
		};
	});
}

/** @type {readonly PublicAvatar[]} */
const PUBLIC_AVATARS = Object.freeze(buildAvatars());
const AVATARS_BY_ID = new Map(PUBLIC_AVATARS.map((a) => [a.id, a]));

/** Whether a figure is filmed in 4K (the list has no support_4k field: its size tells). */
function isUhd(figure) {
	return Math.max(figure.width, figure.height) >= 3840;
}

/** @param {PublicAvatar} a @param {string} base */
function avatarItem(a, base) {
	const voice = VOICES_BY_ID.get(a.audioManId);
	return {
		id: a.id,
		name: a.name,
		gender: a.gender,
		audio_man_id: a.audioManId,
		audio_name: voice ? voice.name : '',
		audio_preview: `${base}/assets/voices/${a.audioManId}.wav`,
		audio_lang: voice ? voice.lang : '',
		tag_ids: [...a.tagIds],
		tag_names: a.tagIds.map((id) => TAG_NAMES.get(id) || ''),
		figures: a.figures.map((f) => ({
			type: f.type,
			width: f.width,
			height: f.height,
			cover: `${base}/assets/avatars/${a.id}/${f.type}.png`,
			preview_video_url: `${base}/assets/avatars/${a.id}/${f.type}.mp4`,
			bg_replace: f.bg_replace,
		})),
	};
}

// ---------------------------------------------------------------------------------------------
// Fonts

const FONT_NAMES = [
	'思源黑体',
	'思源宋体',
	'阿里巴巴普惠体',
	'站酷快乐体',
	'站酷高端黑',
	'庞门正道标题体',
	'优设标题黑',
	'钉钉进步体',
];
const FONTS = Object.freeze(FONT_NAMES.map((name, i) => ({ id: hexId(`font-${i}`), name })));
const FONT_IDS = new Set(FONTS.map((f) => f.id));

/** @param {{id: string, name: string}} f @param {string} base */
function fontItem(f, base) {
	return {
		id: f.id,
		name: f.name,
		preview: `${base}/assets/fonts/${f.id}.png`,
		ttf_path: `${base}/assets/fonts/${f.id}.ttf`,
	};
}

module.exports = {
	hexId,
	TAG_LIST,
	PUBLIC_VOICES,
	VOICES_BY_ID,
	AUDITION_SECONDS,
	voiceItem,
	PUBLIC_AVATARS,
	AVATARS_BY_ID,
	FIGURE_TYPES,
	isUhd,
	avatarItem,
	FONTS,
	FONT_IDS,
	fontItem,
};
