'use strict';
/**
 * Counts the n8n expressions an n8n process evaluates, by node. Loaded into `n8n start` with
 * `NODE_OPTIONS=--require <this file>` and `EXPRESSION_COUNT_DIR=<dir>`; does nothing in any other
 * process (task runners inherit NODE_OPTIONS).
 *
 * How it counts: every value n8n resolves for a node — its parameters (`getNodeParameter`), the
 * routing `value`s and `requestDefaults` of a declarative node, the credential's `authenticate`
 * properties — reaches `resolveSimpleParameterValue(value, siblings, runData, runIndex, itemIndex,
 * activeNodeName, …)`, on `WorkflowExpression` in n8n-workflow 2.x and on `Expression` in 1.x.
 * A value is an expression when it is a string starting with `=`, and each such call evaluates it
 * once (`renderExpression`). The wrapper counts those calls by `activeNodeName` and expression
 * text; `renderExpression` is wrapped too, as a total that shows whether any evaluation went
 * around the counted path. The counts are written to `<dir>/expressions-<pid>.json` when the
 * process exits, and 300 ms after the latest evaluation.
 *
 * With `EXPRESSION_COUNT_CALLERS=1` each text is also keyed by its caller: the first stack frame
 * outside n8n-workflow and n8n-core's node-execution contexts (e.g. the node's hook that read the
 * parameter, or n8n-core's routing node).
 *
 * It also counts credential loads (n8n's `CredentialsHelper.getDecrypted`: a database read,
 * decryption and the credential's own expressions) by node, as `credentialLoads`.
 *
 * Per item = (count with N items − count with 1 item) / (N − 1), so what n8n evaluates once per
 * execution (webhook, node setup) drops out.
 */
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.EXPRESSION_COUNT_DIR;
const withCallers = process.env.EXPRESSION_COUNT_CALLERS === '1';
const isN8nMain = process.argv[1] && path.basename(process.argv[1]) === 'n8n';

if (dir && isN8nMain) install();

function install() {
	const workflow = require(
		require.resolve('n8n-workflow', { paths: [path.dirname(path.dirname(process.argv[1]))] }),
	);
	const counted = workflow.WorkflowExpression ?? workflow.Expression;
	const counts = { byNode: {}, rendered: 0, credentialLoads: {} };
	const file = path.join(dir, `expressions-${process.pid}.json`);
	const write = () => fs.writeFileSync(file, JSON.stringify(counts));
	let timer;

	const resolve = counted.prototype.resolveSimpleParameterValue;
	counted.prototype.resolveSimpleParameterValue = function (value, ...rest) {
		if (typeof value === 'string' && value.startsWith('=')) {
			const node = String(rest[4]);
			const byText = (counts.byNode[node] ??= {});
			const key = withCallers ? `${value}  ← ${caller()}` : value;
			byText[key] = (byText[key] ?? 0) + 1;
			clearTimeout(timer);
			timer = setTimeout(write, 300).unref();
		}
		return resolve.call(this, value, ...rest);
	};

	const render = workflow.Expression.prototype.renderExpression;
	workflow.Expression.prototype.renderExpression = function (...args) {
		counts.rendered++;
		return render.apply(this, args);
	};

	countCredentialLoads(counts.credentialLoads);
	process.once('exit', write);
}

/** Wraps n8n's CredentialsHelper.getDecrypted (n8n internals: skipped if it is not there). */
function countCredentialLoads(byNode) {
	let helper;
	try {
		const n8nDir = path.dirname(path.dirname(process.argv[1]));
		helper = require(path.join(n8nDir, 'dist', 'credentials-helper.js')).CredentialsHelper;
	} catch {
		return;
	}
	const load = helper.prototype.getDecrypted;
	helper.prototype.getDecrypted = function (...args) {
		const [, , , , executeData, , resolveValues] = args;
		const node = executeData?.node?.name ?? resolveValues?.node?.name ?? '(unknown)';
		byNode[node] = (byNode[node] ?? 0) + 1;
		return load.apply(this, args);
	};
}

/** `function (file:line)` of the first frame outside the expression machinery, from node_modules. */
function caller() {
	const limit = Error.stackTraceLimit;
	Error.stackTraceLimit = 40;
	const frames = new Error().stack.split('\n').slice(3);
	Error.stackTraceLimit = limit;
	const inside = ['n8n-workflow', 'node-execution-context', __filename];
	const frame = frames.find((f) => !inside.some((i) => f.includes(i))) ?? '';
	return frame
		.trim()
		.replace(/^at /, '')
		.replace(/\(?[^ ]*node_modules\//, '(');
}
