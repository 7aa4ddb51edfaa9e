'use strict';
/**
 * Local Chanjing Open API simulator (test tooling, not shipped).
 *
 *   const { startSimulator } = require('./test/simulator');
 *   const sim = await startSimulator({ renderMs: 100 });
 *   // ... point the node's Base URL at sim.url ...
 *   await sim.close();
 */
const { Simulator } = require('./simulator');
const { DEFAULTS } = require('./options');
const { CODES, MESSAGES } = require('./envelope');
const { sampleVideo, SAMPLE_VIDEO_INFO } = require('./sample-video');
const { FAIL_MARKER, MARKERS, SUBMIT_MESSAGES } = require('./api-routes');
const { FAIL_MSG, VIOLATION_MSG } = require('./tasks');
const { sampleWav, readWav, WAV_INFO } = require('./wav');
const catalogue = require('./catalogue');
const { PRODUCTS } = require('./product-store');
const { samplePng, SAMPLE_PNG_INFO } = require('./png');
const { MODELS } = require('./models');

/**
 * Starts a simulator on 127.0.0.1.
 * @param {import('./options').SimulatorOptions} [options]
 * @returns {Promise<Simulator>}
 */
async function startSimulator(options) {
	return new Simulator(options).listen();
}

module.exports = {
	startSimulator,
	Simulator,
	DEFAULTS,
	CODES,
	MESSAGES,
	sampleVideo,
	SAMPLE_VIDEO_INFO,
	samplePng,
	SAMPLE_PNG_INFO,
	MODELS,
	FAIL_MARKER,
	FAIL_MSG,
	MARKERS,
	SUBMIT_MESSAGES,
	VIOLATION_MSG,
	sampleWav,
	readWav,
	WAV_INFO,
	PRODUCTS,
	PUBLIC_AVATARS: catalogue.PUBLIC_AVATARS,
	PUBLIC_VOICES: catalogue.PUBLIC_VOICES,
	FONTS: catalogue.FONTS,
	TAG_LIST: catalogue.TAG_LIST,
};
