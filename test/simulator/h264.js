'use strict';
/**
 * A tiny H.264 (Baseline profile, CAVLC) encoder that writes every macroblock as I_PCM,
 * i.e. raw samples. It exists only so that the simulator can serve a real, decodable video
 * without ffmpeg. Every frame is an IDR picture.
 */

/** Writes bits most-significant first, with Exp-Golomb helpers (H.264 7.2, 9.1). */
class BitWriter {
	constructor() {
		/** @type {number[]} */
		this.bytes = [];
		this.current = 0;
		this.count = 0;
	}

	/** @param {number} value @param {number} width */
	u(value, width) {
		for (let i = width - 1; i >= 0; i--) {
			this.current = (this.current << 1) | ((value >>> i) & 1);
			this.count++;
			if (this.count === 8) {
				this.bytes.push(this.current);
				this.current = 0;
				this.count = 0;
			}
		}
		return this;
	}

	/** Unsigned Exp-Golomb. @param {number} value */
	ue(value) {
		const codeNum = value + 1;
		const bits = Math.floor(Math.log2(codeNum)) + 1;
		this.u(0, bits - 1);
		return this.u(codeNum, bits);
	}

	/** Signed Exp-Golomb. @param {number} value */
	se(value) {
		return this.ue(value > 0 ? 2 * value - 1 : -2 * value);
	}

	/** Pads with zero bits to the next byte boundary. */
	alignZero() {
		while (this.count !== 0) this.u(0, 1);
		return this;
	}

	/** rbsp_trailing_bits(): a one bit, then zeros to the byte boundary. */
	trailing() {
		this.u(1, 1);
		return this.alignZero();
	}

	/** @param {Uint8Array} data byte-aligned raw bytes */
	raw(data) {
		if (this.count !== 0) throw new Error('raw bytes must start byte aligned');
		for (const b of data) this.bytes.push(b);
		return this;
	}

	toBuffer() {
		if (this.count !== 0) throw new Error('bit writer is not byte aligned');
		return Buffer.from(this.bytes);
	}
}

/**
 * Inserts emulation prevention bytes (0x03) and prepends the NAL header byte.
 * @param {number} nalRefIdc @param {number} nalType @param {Buffer} rbsp
 */
function nalUnit(nalRefIdc, nalType, rbsp) {
	const out = [(nalRefIdc << 5) | nalType];
	let zeros = 0;
	for (const b of rbsp) {
		if (zeros >= 2 && b <= 3) {
			out.push(3);
			zeros = 0;
		}
		out.push(b);
		zeros = b === 0 ? zeros + 1 : 0;
	}
	return Buffer.from(out);
}

const PROFILE_BASELINE = 66;
const CONSTRAINT_FLAGS = 0xc0; // constraint_set0 and constraint_set1: constrained baseline
const LEVEL_1_1 = 11;

/** @param {number} width @param {number} height multiples of 16 */
function sps(width, height) {
	const w = new BitWriter()
		.u(PROFILE_BASELINE, 8)
		.u(CONSTRAINT_FLAGS, 8)
		.u(LEVEL_1_1, 8)
		.ue(0) // seq_parameter_set_id
		.ue(0) // log2_max_frame_num_minus4
		.ue(2) // pic_order_cnt_type
		.ue(1) // max_num_ref_frames
		.u(0, 1) // gaps_in_frame_num_value_allowed_flag
		.ue(width / 16 - 1)
		.ue(height / 16 - 1)
		.u(1, 1) // frame_mbs_only_flag
		.u(1, 1) // direct_8x8_inference_flag
		.u(0, 1) // frame_cropping_flag
		.u(0, 1) // vui_parameters_present_flag
		.trailing();
	return nalUnit(3, 7, w.toBuffer());
}

function pps() {
	const w = new BitWriter()
		.ue(0) // pic_parameter_set_id
		.ue(0) // seq_parameter_set_id
		.u(0, 1) // entropy_coding_mode_flag (CAVLC)
		.u(0, 1) // bottom_field_pic_order_in_frame_present_flag
		.ue(0) // num_slice_groups_minus1
		.ue(0) // num_ref_idx_l0_default_active_minus1
		.ue(0) // num_ref_idx_l1_default_active_minus1
		.u(0, 1) // weighted_pred_flag
		.u(0, 2) // weighted_bipred_idc
		.se(0) // pic_init_qp_minus26
		.se(0) // pic_init_qs_minus26
		.se(0) // chroma_qp_index_offset
		.u(1, 1) // deblocking_filter_control_present_flag
		.u(0, 1) // constrained_intra_pred_flag
		.u(0, 1) // redundant_pic_cnt_present_flag
		.trailing();
	return nalUnit(3, 8, w.toBuffer());
}

const MB_TYPE_I_PCM = 25;
const SLICE_TYPE_I_ALL = 7;

/**
 * One IDR picture, one slice, every macroblock I_PCM.
 * @param {number} idrPicId
 * @param {Uint8Array[]} macroblocks 384 bytes each (256 Y, 64 Cb, 64 Cr), raster order
 */
function idrSlice(idrPicId, macroblocks) {
	const w = new BitWriter()
		.ue(0) // first_mb_in_slice
		.ue(SLICE_TYPE_I_ALL)
		.ue(0) // pic_parameter_set_id
		.u(0, 4) // frame_num (log2_max_frame_num = 4)
		.ue(idrPicId)
		.u(0, 1) // no_output_of_prior_pics_flag
		.u(0, 1) // long_term_reference_flag
		.se(0) // slice_qp_delta
		.ue(1); // disable_deblocking_filter_idc
	for (const mb of macroblocks) {
		w.ue(MB_TYPE_I_PCM).alignZero().raw(mb);
	}
	w.trailing();
	return nalUnit(3, 5, w.toBuffer());
}

module.exports = { BitWriter, nalUnit, sps, pps, idrSlice };
