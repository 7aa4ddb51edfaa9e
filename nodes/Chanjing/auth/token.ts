import type {
	ICredentialDataDecryptedObject,
	IHttpRequestHelper,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { CREDENTIAL_EXCHANGE_PATH, baseUrlOf } from '../api/credential';
import { codeAndMsg, isChanjingEnvelope } from '../api/envelope';
import {
	CredentialTokenError,
	issuerOf,
	SESSION_EXPIRY_FIELD,
	SESSION_ISSUER_FIELD,
	SESSION_TOKEN_FIELD,
	toExpiryTimestamp,
	usesStaticToken,
} from './session';
import { sharedTokenRequest, takeHandOver } from './tokenMemory';
import { CHECK_BASE_URL_HINT } from '../api/explanations';

/** The credential's side of the token story (see session.ts): obtaining a token. */

const CHECK_CREDENTIAL_HINT =
	"Check the App ID and Secret Key in the 'Chanjing API' credential (Chanjing console → Open Platform).";

function redact(text: string, secrets: string[]): string {
	return secrets.filter((s) => s.length > 0).reduce((out, s) => out.split(s).join('***'), text);
}

/** The request error would carry the request, secret included: only its message is kept. */
function unreachable(baseUrl: string, error: unknown, secretKey: string): CredentialTokenError {
	const reason = redact(String((error as Error)?.message ?? error), [secretKey]);
	return new CredentialTokenError(
		`${baseUrl} could not be reached (${reason})`,
		"Check the Base URL in the 'Chanjing API' credential and the network between n8n and Chanjing.",
	);
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
	const body = response.body;
	if (response.statusCode >= 400 || !isChanjingEnvelope(body)) {
		throw new CredentialTokenError(
			`Chanjing answered HTTP ${response.statusCode} without its JSON envelope`,
			`${response.statusCode >= 500 ? 'Chanjing or a proxy in between failed; retry later. ' : ''}${CHECK_BASE_URL_HINT}`,
		);
	}
	const code = Number(body.code);
	const msg = redact(String(body.msg ?? ''), [secretKey]);
	const shown = codeAndMsg(code, msg);
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
	const data = (body.data ?? {}) as { access_token?: unknown; expire_in?: unknown };
	const token = data.access_token;
	if (typeof token !== 'string' || token === '') {
		throw new CredentialTokenError(
			'Chanjing answered without an access token',
			CHECK_CREDENTIAL_HINT,
		);
	}
	return {
		[SESSION_TOKEN_FIELD]: token,
		[SESSION_EXPIRY_FIELD]: toExpiryTimestamp(data.expire_in),
		[SESSION_ISSUER_FIELD]: issuerOf(credentials),
	};
}

/**
 * The credential's `preAuthentication`: n8n calls it when the hidden token field is empty
 * and saves what it returns in the credential. Token mode returns nothing to save.
 */
export async function obtainAccessToken(
	this: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<ICredentialDataDecryptedObject> {
	if (usesStaticToken(credentials)) return {};
	const handedOver = takeHandOver(credentials);
	if (handedOver) return handedOver;
	return {
		...(await sharedTokenRequest(credentials, () => requestToken(this.helpers, credentials))),
	};
}
