import type {
	ICredentialDataDecryptedObject,
	IHttpRequestHelper,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

export const DEFAULT_BASE_URL = 'https://open-api.chanjing.cc';

export const CREDENTIAL_EXCHANGE_PATH = '/open/v1/access_token';

/** The hidden, `expirable` credential field n8n saves the obtained token in. */
export const SESSION_TOKEN_FIELD = 'sessionToken';

/** The hidden credential field with the obtained token's expiry (Unix seconds, 0 = unknown). */
export const SESSION_EXPIRY_FIELD = 'sessionTokenExpiresAt';

/** The hidden credential field naming the host and App ID the saved token was issued for. */
export const SESSION_ISSUER_FIELD = 'sessionTokenIssuedFor';

/** Chanjing answers HTTP 200 with `code: 10400` (10401 in some clients) for a dead token. */
export const TOKEN_REJECTED_CODES = [10400, 10401];

/** A token that expires within this many seconds is replaced before the next request. */
export const RENEW_BEFORE_EXPIRY_S = 300;

export const CREDENTIAL_ERROR_PREFIX = 'Chanjing API credential: could not obtain an access token';

export function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	return (String(credentials.baseUrl ?? '').trim() || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/** Host and App ID: a token saved for others (the user edited the credential) is not used. */
export function issuerOf(credentials: ICredentialDataDecryptedObject): string {
	return `${baseUrlOf(credentials)} ${String(credentials.appId ?? '').trim()}`;
}

/**
 * Whether the credential sends a token the user pasted. Credentials saved before App ID and
 * Secret Key existed have no `authentication` value (n8n fills in the default, App ID and
 * Secret Key), only an `accessToken`: they stay in token mode.
 */
export function usesStaticToken(credentials: ICredentialDataDecryptedObject): boolean {
	if (credentials.authentication === 'accessToken') return true;
	return !credentials.appId && Boolean(credentials.accessToken);
}

/** An error about the credential that carries no secret, no token and no request. */
export class CredentialTokenError extends Error {
	description: string;

	constructor(reason: string, description: string) {
		super(`${CREDENTIAL_ERROR_PREFIX}: ${reason}`);
		this.name = 'CredentialTokenError';
		this.description = description;
	}
}

const CHECK_CREDENTIAL_HINT =
	"Check the App ID and Secret Key in the 'Chanjing API' credential (Chanjing console → Open Platform).";

function redact(text: string, secrets: string[]): string {
	return secrets.filter((s) => s.length > 0).reduce((out, s) => out.split(s).join('***'), text);
}

/** `expire_in` is a Unix timestamp; a small number is read as seconds from now. */
export function toExpiryTimestamp(expireIn: unknown, nowS = Math.floor(Date.now() / 1000)): number {
	const value = Number(expireIn);
	if (!Number.isFinite(value) || value <= 0) return 0;
	return value < 1e9 ? nowS + Math.floor(value) : Math.floor(value);
}

/** The request error would carry the request, secret included: only its message is kept. */
function unreachable(baseUrl: string, error: unknown, secretKey: string): CredentialTokenError {
	const reason = redact(String((error as Error)?.message ?? error), [secretKey]);
	return new CredentialTokenError(
		`${baseUrl} could not be reached (${reason})`,
		"Check the Base URL in the 'Chanjing API' credential and the network between n8n and Chanjing.",
	);
}

interface TokenEnvelope {
	code?: unknown;
	msg?: unknown;
	data?: { access_token?: unknown; expire_in?: unknown };
}

async function requestToken(
	helpers: IHttpRequestHelper['helpers'],
	credentials: ICredentialDataDecryptedObject,
): Promise<ICredentialDataDecryptedObject> {
	const appId = String(credentials.appId ?? '').trim();
	const secretKey = String(credentials.secretKey ?? '').trim();
	if (!appId || !secretKey) {
		throw new CredentialTokenError(
			'the App ID or the Secret Key is empty',
			"Fill in both in the 'Chanjing API' credential, or switch its Authentication to 'Access Token'.",
		);
	}
	const baseUrl = baseUrlOf(credentials);
	let response: IN8nHttpFullResponse;
	try {
		response = (await helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}${CREDENTIAL_EXCHANGE_PATH}`,
			body: { app_id: appId, secret_key: secretKey },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw unreachable(baseUrl, error, secretKey);
	}
	const body = response.body as TokenEnvelope | undefined;
	if (
		response.statusCode >= 400 ||
		typeof body !== 'object' ||
		body === null ||
		!('code' in body)
	) {
		throw new CredentialTokenError(
			`Chanjing answered HTTP ${response.statusCode} without its JSON envelope`,
			`${response.statusCode >= 500 ? 'Chanjing or a proxy in between failed; retry later. ' : ''}Check the Base URL in the 'Chanjing API' credential; it should point at the Chanjing Open API.`,
		);
	}
	const code = Number(body.code);
	const msg = redact(String(body.msg ?? ''), [secretKey]);
	const shown = `code ${code}${msg ? `: ${msg}` : ''}`;
	if (code !== 0) {
		if (code >= 50000) {
			throw new CredentialTokenError(
				`Chanjing had an internal error (${shown})`,
				'The problem is on Chanjing’s side; retry in a minute.',
			);
		}
		throw new CredentialTokenError(
			`Chanjing rejected the App ID or Secret Key (${shown})`,
			CHECK_CREDENTIAL_HINT,
		);
	}
	const token = body.data?.access_token;
	if (typeof token !== 'string' || token === '') {
		throw new CredentialTokenError(
			'Chanjing answered without an access token',
			CHECK_CREDENTIAL_HINT,
		);
	}
	return {
		[SESSION_TOKEN_FIELD]: token,
		[SESSION_EXPIRY_FIELD]: toExpiryTimestamp(body.data?.expire_in),
		[SESSION_ISSUER_FIELD]: issuerOf(credentials),
	};
}

/** Token requests under way, by app: callers at the same moment share one (a new token kills the old). */
const tokenRequests = new Map<string, Promise<ICredentialDataDecryptedObject>>();

/**
 * The credential's `preAuthentication`: n8n calls it when the hidden token field is empty
 * and saves what it returns in the credential. Token mode returns nothing to save.
 */
export async function obtainAccessToken(
	this: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<ICredentialDataDecryptedObject> {
	if (usesStaticToken(credentials)) return {};
	const key = issuerOf(credentials);
	let pending = tokenRequests.get(key);
	if (!pending) {
		pending = requestToken(this.helpers, credentials);
		tokenRequests.set(key, pending);
		const forget = () => tokenRequests.delete(key);
		pending.then(forget, forget);
	}
	return { ...(await pending) };
}
