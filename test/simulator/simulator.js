'use strict';
/** The simulator: its state, its programmatic API and its HTTP server on 127.0.0.1. */
const http = require('node:http');
const { DEFAULTS, normalizePatch, submitFailures, publicOptions } = require('./options');
const { TokenStore } = require('./tokens');
const { TaskStore, taskDetail, progressAt, isEnded } = require('./tasks');
const { RequestLog } = require('./request-log');
const { CallbackSender } = require('./callbacks');
const { RateLimiter } = require('./rate-limit');
const { FaultInjector } = require('./faults');
const { ok } = require('./envelope');
const { createHandler } = require('./dispatch');
const crypto = require('node:crypto');
const { FileStore, statusAt, fullPathOf } = require('./uploads');
const { ProductStore } = require('./product-store');
const products = require('./products');
const { setVoiceStatus } = require('./voice-clone');
const { identicalFaultOf, rejectionsOf } = require('./options');

const HOST = '127.0.0.1';

class Simulator {
	/** @param {import('./options').SimulatorOptions} [options] */
	constructor(options = {}) {
		/** the options as given at start, normalised; reset() returns to them */
		this.initial = normalizePatch({ ...DEFAULTS, ...options }, { atStart: true });
		this.tokenStore = new TokenStore();
		this.taskStore = new TaskStore();
		this.requestLog = new RequestLog();
		this.callbackSender = new CallbackSender();
		this.limiter = new RateLimiter();
		this.fileStore = new FileStore();
		/** the tasks of Chanjing's own products (avatar video, speech, lip sync, …) */
		this.productStore = new ProductStore();
		/** create_customised_person's per-minute cap, per access token */
		this.personLimiter = new RateLimiter();
		/** canonical JSON of every body that created a task, per path (identicalSubmitFault) */
		/** @type {Map<string, Set<string>>} */
		this.createdBodies = new Map();
		/** the file API's per-minute budget, separate from the QPS cap */
		this.fileLimiter = new RateLimiter();
		this.faults = new FaultInjector(0);
		/** @type {Set<NodeJS.Timeout>} */
		this.sleepers = new Set();
		this.timer = null;
		this.server = http.createServer(createHandler(this));
		/** base URL, e.g. http://127.0.0.1:40123 (set by listen) */
		this.url = '';
		this.applyAll(this.initial);
	}

	/** @param {Record<string, any>} all */
	applyAll(all) {
		/** @type {Required<import('./options').SimulatorOptions>} */
		this.config = /** @type {any} */ ({
			...structuredClone({ ...all, now: undefined }),
			now: all.now,
		});
		this.faults.reseed(this.config.seed);
		this.faults.setRules(this.config.faultsFor);
		this.submitFailures = submitFailures(this.config);
		this.fileRejections = rejectionsOf(this.config.rejectNextFiles);
		this.identicalFault = identicalFaultOf(this.config.identicalSubmitFault);
		this.restartTimer();
	}

	/** Where the files and assets the details link to are served: publicUrl, else url. */
	baseUrl() {
		return this.config.publicUrl || this.url;
	}

	/** The clock, ms. */
	now() {
		return this.config.now();
	}

	/** Starts listening; resolves with this. */
	listen() {
		return new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(this.initial.port, HOST, () => {
				const addr = /** @type {import('node:net').AddressInfo} */ (this.server.address());
				this.url = `http://${HOST}:${addr.port}`;
				resolve(this);
			});
		});
	}

	/**
	 * Changes options at run time (any option but `port`). `faultsFor` replaces the rules,
	 * `seed` re-seeds the PRNG, `failNextSubmits*` resets the pending submit failures.
	 * @param {Partial<import('./options').SimulatorOptions>} patch
	 */
	configure(patch) {
		const p = normalizePatch(patch);
		Object.assign(this.config, p);
		if ('seed' in p) this.faults.reseed(this.config.seed);
		if ('faultsFor' in p) this.faults.setRules(this.config.faultsFor);
		if (['failNextSubmits', 'failNextSubmitsCode', 'failNextSubmitsMsg'].some((k) => k in p)) {
			this.submitFailures = submitFailures(this.config);
		}
		if ('rejectNextFiles' in p) this.fileRejections = rejectionsOf(this.config.rejectNextFiles);
		if ('identicalSubmitFault' in p)
			this.identicalFault = identicalFaultOf(this.config.identicalSubmitFault);
		if ('tickMs' in p) this.restartTimer();
		return this;
	}

	/** The current options as JSON-safe data (with the remaining fault-rule counts). */
	publicConfig() {
		return publicOptions({
			...this.config,
			faultsFor: this.faults.rules,
			failNextSubmits: { ...this.submitFailures },
			rejectNextFiles: this.fileRejections.service
				? { ...this.fileRejections }
				: this.fileRejections.count,
			identicalSubmitFault: this.identicalFault ? { ...this.identicalFault } : null,
		});
	}

	/** Forgets tasks, tokens, log, callbacks and QPS windows, and returns to the start options. */
	reset() {
		this.tokenStore.clear();
		this.taskStore.clear();
		this.requestLog.clear();
		this.callbackSender.clear();
		this.limiter.clear();
		this.fileStore.clear();
		this.fileLimiter.clear();
		this.productStore.clear();
		this.personLimiter.clear();
		this.createdBodies.clear();
		this.applyAll(this.initial);
		return this;
	}

	/**
	 * Revokes tokens so that the next call with them answers 10400: all (fetched and static)
	 * without argument, else those of app `target` or the token `target`.
	 * @param {string} [target]
	 * @returns {number} how many were revoked
	 */
	revokeTokens(target) {
		return this.tokenStore.revoke(this.config.staticTokens, target);
	}

	/** @param {{path?: string, method?: string}} [filter] */
	requests(filter) {
		return this.requestLog.list(filter);
	}

	/** Every task as the detail API shows it now, newest first. */
	tasks() {
		const now = this.now();
		return this.taskStore.all().map((t) => this.detail(t, now));
	}

	/**
	 * Every submit that created a task, newest first: `{uniqueId, modelCode, type, body,
	 * extraFields}`, where `extraFields` are the body's fields that no model page documents.
	 */
	submissions() {
		return this.taskStore.all().map((t) => ({
			uniqueId: t.uniqueId,
			modelCode: t.body.model_code,
			type: t.type,
			body: structuredClone(t.body),
			extraFields: structuredClone(t.extraFields),
		}));
	}

	/** Every uploaded file: `{fileId, name, service, mimeType, size, sha256, status, fullPath}`. */
	files() {
		const now = this.now();
		return this.fileStore.all().map((f) => ({
			fileId: f.fileId,
			name: f.name,
			service: f.service,
			mimeType: f.mimeType,
			size: f.bytes ? f.bytes.length : null,
			sha256: f.bytes ? crypto.createHash('sha256').update(f.bytes).digest('hex') : null,
			status: statusAt(f, now),
			fullPath: fullPathOf(this, f),
		}));
	}

	/**
	 * The tasks of Chanjing's own products as their detail routes answer them, newest first,
	 * each with its `product` ('video', 'speech', 'lipSync', 'person', 'voice') and `deleted`.
	 * @param {import('./product-store').Product} [product]
	 */
	productTasks(product) {
		const now = this.now();
		return this.productStore.all(product).map((t) => ({
			product: t.product,
			deleted: t.deleted,
			detail: products.productDetail(this, t, now),
		}));
	}

	/**
	 * Sets a cloned voice's status: 3 (expired) or 99 (deleted); 2 undoes it.
	 * @param {string} id @param {2|3|99} status @returns {boolean} false for an unknown voice
	 */
	setVoiceStatus(id, status) {
		return setVoiceStatus(this, id, status);
	}

	/**
	 * Posts one callback: `data` enveloped as `{trace_id, code: 0, msg: 'success', data}` (or
	 * bare when `callbackEnvelope` is false, for a product of `bareCallbackProducts`, or when
	 * `envelope` says so). Resolves with the attempt.
	 * @param {{product: string, id: string, url: string, data?: unknown, body?: unknown, trigger: string, envelope?: boolean}} c
	 */
	postCallback(c) {
		const wrap =
			c.envelope ??
			(this.config.callbackEnvelope && !this.config.bareCallbackProducts.includes(c.product));
		return this.callbackSender.send({
			uniqueId: c.id,
			product: c.product,
			trigger: c.trigger,
			url: c.url,
			body: c.body !== undefined ? c.body : wrap ? ok(c.data) : c.data,
			time: this.now(),
			timeoutMs: this.config.callbackTimeoutMs,
		});
	}

	/**
	 * A callback on demand, for a trigger's tests (see callback-control.js).
	 * @param {import('./callback-control').CallbackRequest} spec
	 */
	sendCallback(spec) {
		return require('./callback-control').sendOnDemand(this, spec);
	}

	/** Every callback attempt so far, oldest first. */
	callbacks() {
		return this.callbackSender.list();
	}

	/** @param {import('./tasks').TaskRecord} task @param {number} nowMs */
	detail(task, nowMs) {
		return taskDetail(task, nowMs, this.config.publicUrl || this.url);
	}

	/**
	 * Looks for tasks that have ended since the last look: refunds the credit of a failed task
	 * and starts its callback. Called on every request, every `tickMs`, and by tick().
	 */
	settle() {
		const now = this.now();
		for (const t of this.taskStore.all()) {
			if (t.settled || !isEnded(progressAt(t, now))) continue;
			t.settled = true;
			if (t.willFail && Number.isFinite(this.config.creditsLeft)) this.config.creditsLeft++;
			if (typeof t.body.callback === 'string' && t.body.callback !== '') {
				this.postCallback({
					product: 'aiCreation',
					id: t.uniqueId,
					url: t.body.callback,
					data: this.detail(t, now),
					trigger: 'ended',
				});
			}
		}
		products.settleProducts(this, now);
	}

	/** settle(), then wait until every callback started so far is done. */
	async tick() {
		this.settle();
		await this.callbackSender.idle();
	}

	/** A timer-based pause that close() cancels. @param {number} ms */
	sleep(ms) {
		return new Promise((resolve) => {
			const t = setTimeout(() => {
				this.sleepers.delete(t);
				resolve(undefined);
			}, ms);
			this.sleepers.add(t);
		});
	}

	restartTimer() {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
		if (this.config.tickMs > 0) {
			this.timer = setInterval(() => this.settle(), this.config.tickMs);
			this.timer.unref();
		}
	}

	/** Stops the server, drops open connections, waits for callbacks in flight. */
	async close() {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
		for (const t of this.sleepers) clearTimeout(t);
		this.sleepers.clear();
		const closed = new Promise((resolve) => this.server.close(() => resolve(undefined)));
		this.server.closeAllConnections();
		await closed;
		await this.callbackSender.idle();
	}
}

module.exports = { Simulator, HOST };
