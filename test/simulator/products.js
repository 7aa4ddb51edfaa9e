'use strict';
/**
 * Chanjing's own products in one place: their routes, the detail of a task whatever its
 * product, settling ended tasks (refund, callback), the files their details link to, and
 * forged task details for callbacks on demand.
 */
const crypto = require('node:crypto');
const avatarVideo = require('./avatar-video');
const speech = require('./speech');
const lipSync = require('./lip-sync');
const customPerson = require('./custom-person');
const voiceClone = require('./voice-clone');
const lookups = require('./lookups');
const account = require('./account');
const { PRODUCTS, phaseAt, isOver } = require('./product-store');
const {
	PUBLIC_AVATARS,
	PUBLIC_VOICES,
	AVATARS_BY_ID,
	VOICES_BY_ID,
	FONT_IDS,
	AUDITION_SECONDS,
} = require('./catalogue');
const { sampleVideo } = require('./sample-video');
const { samplePng } = require('./png');
const { sampleWav } = require('./wav');

const PRODUCT_ROUTES = {
	...avatarVideo.ROUTES,
	...speech.ROUTES,
	...lipSync.ROUTES,
	...customPerson.ROUTES,
	...voiceClone.ROUTES,
	...lookups.ROUTES,
	...account.ROUTES,
};

/** @type {Record<import('./product-store').Product, {detail: Function}>} */
const MODULES = {
	video: avatarVideo,
	speech,
	lipSync,
	person: customPerson,
	voice: voiceClone,
};

/**
 * A product task as its detail route answers it.
 * @param {import('./simulator').Simulator} sim
 * @param {import('./product-store').ProductTask} t
 * @param {number} nowMs
 */
function productDetail(sim, t, nowMs) {
	return MODULES[t.product].detail(sim, t, nowMs);
}

/** Whether a task has ended (a forced voice status counts as ended). */
function hasEnded(t, nowMs) {
	return isOver(phaseAt(t, nowMs));
}

/**
 * Settles the product tasks that ended since the last look: refunds a failed task's credit
 * (not a billing failure's: none was taken) and posts its callback.
 * @param {import('./simulator').Simulator} sim
 * @param {number} nowMs
 */
function settleProducts(sim, nowMs) {
	for (const t of sim.productStore.all()) {
		if (t.settled || !hasEnded(t, nowMs)) continue;
		t.settled = true;
		if (t.outcome && t.charged && Number.isFinite(sim.config.creditsLeft)) sim.config.creditsLeft++;
		const url = t.body.callback;
		if (typeof url === 'string' && url !== '') {
			sim.postCallback({
				product: t.product,
				id: t.id,
				url,
				data: productDetail(sim, t, nowMs),
				trigger: 'ended',
			});
		}
	}
}

/** A minimal valid body per product, for forged callbacks (the task does not exist). */
function forgedBody(product) {
	const avatar = PUBLIC_AVATARS[0];
	const voice = PUBLIC_VOICES[0].id;
	switch (product) {
		case 'video':
			return {
				person: { id: avatar.id, figure_type: avatar.figures[0].type },
				audio: { type: 'tts', tts: { text: ['伪造的回调'], audio_man: voice } },
			};
		case 'speech':
			return { audio_man: voice, speed: 1, text: { text: '伪造的回调。' } };
		case 'lipSync':
			return {
				video_url: 'https://example.invalid/face.mp4',
				audio_type: 'tts',
				tts_config: { text: '伪造的回调', audio_man_id: voice },
			};
		case 'person':
			return { ...customPerson.FORGED_BODY };
		default:
			return { ...voiceClone.FORGED_BODY };
	}
}

/** A new id in the product's format. @param {import('./product-store').Product} product */
function newId(product) {
	const hex = crypto.randomBytes(16).toString('hex');
	if (product === 'person') return `C-${hex}`;
	if (product === 'voice') return `C-Audio-${hex}`;
	return hex;
}

/**
 * The detail of a task that does not exist: a succeeded task of `product` with id `id`
 * (its URLs answer 404, as nothing was made).
 * @param {import('./simulator').Simulator} sim
 * @param {import('./product-store').Product} product
 * @param {string} [id]
 */
function forgedDetail(sim, product, id = newId(product)) {
	const nowMs = sim.now();
	const body = forgedBody(product);
	/** @type {import('./product-store').ProductTask} */
	const t = {
		product,
		id,
		seq: 0,
		createdMs: nowMs - 1,
		renderMs: 0,
		queuedMs: 0,
		outcome: null,
		charged: false,
		settled: true,
		deleted: false,
		forcedStatus: null,
		body,
		extra: { seconds: 2, durationMs: 2000, audioManId: '', support4k: false, rgba: false },
	};
	return productDetail(sim, t, nowMs);
}

// ---------------------------------------------------------------------------------------------
// Files the product details link to, and the lookups' assets

const PRODUCT_FILE =
	/^\/files\/(video|tts|lipsync|person|voice)\/([A-Za-z0-9-]+?)(-watermark)?\.(mp4|png|srt|wav)$/;
const VOICE_ASSET = /^\/assets\/voices\/([0-9a-f]{32})\.wav$/;
const AVATAR_ASSET =
	/^\/assets\/avatars\/([0-9a-f]{32})\/(whole_body|sit_body|circle_view)\.(png|mp4)$/;
const FONT_ASSET = /^\/assets\/fonts\/([0-9a-f]{32})\.png$/;
/**
 * Stand-ins for a user's own material (examples 13 and 14 in `npm run demo`): a recording of
 * 20 s (a voice is cloned from 15 s to 5 min, catalogue D5) and a short video of a presenter.
 */
const SAMPLE_ASSET = /^\/assets\/samples\/(recording\.wav|presenter\.mp4)$/;
const SAMPLE_RECORDING_SECONDS = 20;
const PRODUCT_OF_FOLDER = {
	video: 'video',
	tts: 'speech',
	lipsync: 'lipSync',
	person: 'person',
	voice: 'voice',
};
const FILE_TYPES = {
	mp4: 'video/mp4',
	png: 'image/png',
	wav: 'audio/wav',
	srt: 'application/x-subrip; charset=utf-8',
};
/** Which files each product's details link to. */
const SERVED = {
	video: ['mp4', 'png', 'srt', 'wav'],
	speech: ['wav'],
	lipSync: ['mp4', 'png'],
	person: ['png', 'mp4'],
	voice: ['wav'],
};
const VOICE_SAMPLE_SECONDS = 4;

/** Whether `path` is one of the routes answerProductFile serves. @param {string} path */
function isProductFile(path) {
	return [PRODUCT_FILE, VOICE_ASSET, AVATAR_ASSET, FONT_ASSET, SAMPLE_ASSET].some((r) =>
		r.test(path),
	);
}

/**
 * The bytes of a product file or asset, or null when there is none (yet).
 * @param {import('./simulator').Simulator} sim
 * @param {string} path
 * @param {number} nowMs
 * @returns {{type: string, bytes: Buffer}|null}
 */
function productFile(sim, path, nowMs) {
	let m = SAMPLE_ASSET.exec(path);
	if (m) {
		return m[1] === 'recording.wav'
			? { type: FILE_TYPES.wav, bytes: sampleWav(SAMPLE_RECORDING_SECONDS, 220) }
			: { type: FILE_TYPES.mp4, bytes: sampleVideo() };
	}
	m = VOICE_ASSET.exec(path);
	if (m) {
		const v = VOICES_BY_ID.get(m[1]);
		return v ? { type: FILE_TYPES.wav, bytes: sampleWav(AUDITION_SECONDS, v.toneHz) } : null;
	}
	m = AVATAR_ASSET.exec(path);
	if (m) {
		const a = AVATARS_BY_ID.get(m[1]);
		const i = a ? PUBLIC_AVATARS.indexOf(a) : -1;
		if (!a || !a.figures.some((f) => f.type === m[2])) return null;
		return m[3] === 'png'
			? { type: FILE_TYPES.png, bytes: samplePng(i + 1) }
			: { type: FILE_TYPES.mp4, bytes: sampleVideo() };
	}
	m = FONT_ASSET.exec(path);
	if (m) return FONT_IDS.has(m[1]) ? { type: FILE_TYPES.png, bytes: samplePng(7) } : null;
	m = PRODUCT_FILE.exec(path);
	if (!m) return null;
	const [, folder, id, watermark, ext] = m;
	const product = PRODUCT_OF_FOLDER[folder];
	const t = sim.productStore.get(product, id);
	if (!t || t.deleted || !SERVED[product].includes(ext)) return null;
	if (product === 'voice') {
		if (voiceClone.voiceStatus(t, nowMs) !== voiceClone.STATUS.DONE) return null;
	} else if (phaseAt(t, nowMs) !== 'succeeded') return null;
	if (watermark && !(product === 'speech' && t.body.aigc_watermark === true)) return null;
	const tts = product === 'video' && t.body.audio && t.body.audio.type === 'tts';
	if (ext === 'srt' && !tts) return null;
	if (ext === 'srt')
		return { type: FILE_TYPES.srt, bytes: Buffer.from(avatarVideo.subtitleSrt(t), 'utf8') };
	if (ext === 'mp4') return { type: FILE_TYPES.mp4, bytes: sampleVideo() };
	if (ext === 'png') return { type: FILE_TYPES.png, bytes: samplePng(t.seq) };
	const seconds = product === 'voice' ? VOICE_SAMPLE_SECONDS : t.extra.seconds;
	return { type: FILE_TYPES.wav, bytes: sampleWav(seconds, watermark ? 880 : 440) };
}

module.exports = {
	PRODUCTS,
	PRODUCT_ROUTES,
	productDetail,
	settleProducts,
	forgedDetail,
	newId,
	isProductFile,
	productFile,
	hasEnded,
};
