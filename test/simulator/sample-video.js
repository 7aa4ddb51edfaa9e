'use strict';
/**
 * The video the simulator serves for every successful task: a real H.264/MP4 file of a few KB
 * (32x32 pixels, 4 frames, 1 second), generated deterministically at load time.
 */
const { sps, pps, idrSlice } = require('./h264');
const { writeMp4 } = require('./mp4');

const WIDTH = 32;
const HEIGHT = 32;
const FRAMES = 4;
const FPS = 4;
const TIMESCALE = 1000;

/** Clamps to the video range so that no sample is 0 (no emulation prevention needed). */
function clampSample(v) {
	return Math.max(16, Math.min(235, Math.round(v)));
}

/**
 * The 384 PCM bytes of one macroblock: a diagonal luma ramp that moves with the frame and a
 * chroma tint per macroblock.
 */
function macroblock(frame, mbx, mby) {
	const mb = new Uint8Array(384);
	for (let y = 0; y < 16; y++) {
		for (let x = 0; x < 16; x++) {
			const px = mbx * 16 + x;
			const py = mby * 16 + y;
			mb[y * 16 + x] = clampSample(
				16 + ((px + py + frame * 8) * 219) / (WIDTH + HEIGHT + FRAMES * 8),
			);
		}
	}
	mb.fill(clampSample(64 + 96 * mbx + 16 * frame), 256, 320); // Cb
	mb.fill(clampSample(64 + 96 * mby), 320, 384); // Cr
	return mb;
}

/** @param {Buffer} nal */
function lengthPrefixed(nal) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(nal.length, 0);
	return Buffer.concat([len, nal]);
}

function build() {
	const samples = [];
	for (let f = 0; f < FRAMES; f++) {
		const mbs = [];
		for (let mby = 0; mby < HEIGHT / 16; mby++) {
			for (let mbx = 0; mbx < WIDTH / 16; mbx++) mbs.push(macroblock(f, mbx, mby));
		}
		samples.push(lengthPrefixed(idrSlice(f, mbs)));
	}
	return writeMp4({
		width: WIDTH,
		height: HEIGHT,
		timescale: TIMESCALE,
		sampleDelta: TIMESCALE / FPS,
		sps: sps(WIDTH, HEIGHT),
		pps: pps(),
		samples,
	});
}

const BYTES = build();

/** A fresh copy of the sample MP4's bytes (callers may modify it). */
function sampleVideo() {
	return Buffer.from(BYTES);
}

module.exports = {
	sampleVideo,
	SAMPLE_VIDEO_INFO: { width: WIDTH, height: HEIGHT, frames: FRAMES, fps: FPS },
};
