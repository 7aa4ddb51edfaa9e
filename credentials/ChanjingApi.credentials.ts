import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import {
	SESSION_EXPIRY_FIELD,
	SESSION_ISSUER_FIELD,
	SESSION_TOKEN_FIELD,
} from '../nodes/Chanjing/auth/session';
import { obtainAccessToken } from '../nodes/Chanjing/auth/token';
import {
	BASE_URL_EXPRESSION,
	CREDENTIAL_TYPE,
	DEFAULT_BASE_URL,
	tokenCheckRequest,
} from '../nodes/Chanjing/api/credential';
import { TOKEN_REJECTED_CODES } from '../nodes/Chanjing/api/envelope';

/**
 * The token a request sends: the pasted one in token mode (also for credentials saved before
 * App ID and Secret Key existed: no App ID, a token), else the one obtained and saved by n8n.
 */
const TOKEN_EXPRESSION = `={{ $credentials.authentication === "accessToken" || (!$credentials.appId && !!$credentials.accessToken) ? $credentials.accessToken : $credentials.${SESSION_TOKEN_FIELD} }}`;

export class ChanjingApi implements ICredentialType {
	name = CREDENTIAL_TYPE;

	displayName = 'Chanjing API';

	icon: Icon = {
		light: 'file:../nodes/Chanjing/chanjing.svg',
		dark: 'file:../nodes/Chanjing/chanjing.dark.svg',
	};

	documentationUrl = 'https://doc.chanjing.cc';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'App ID and Secret Key (Recommended)',
					value: 'appIdAndSecretKey',
					description: 'n8n obtains access tokens itself and renews them before they expire',
				},
				{
					name: 'Access Token',
					value: 'accessToken',
					description:
						'A token you paste; it stops working after about one day or when a newer one is issued',
				},
			],
			default: 'appIdAndSecretKey',
		},
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			description: 'The app_id of your app on the Chanjing open platform',
			displayOptions: { show: { authentication: ['appIdAndSecretKey'] } },
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The secret_key of your app on the Chanjing open platform',
			displayOptions: { show: { authentication: ['appIdAndSecretKey'] } },
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'An access token from the Chanjing open platform (valid for about one day; a newer token replaces it)',
			displayOptions: { show: { authentication: ['accessToken'] } },
		},
		{
			// A credential saved before Authentication existed gets its default (App ID and Secret
			// Key) when n8n loads it, and n8n drops the values of fields that are not displayed:
			// this never-displayed twin keeps such a credential's token.
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				'Where the Chanjing Open API is served; change it only for a proxy or a local simulator',
		},
		{
			displayName: 'Session Token',
			name: SESSION_TOKEN_FIELD,
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Session Token Expires At',
			name: SESSION_EXPIRY_FIELD,
			type: 'hidden',
			default: 0,
		},
		{
			displayName: 'Session Token Issued For',
			name: SESSION_ISSUER_FIELD,
			type: 'hidden',
			default: '',
		},
	];

	preAuthentication = obtainAccessToken;

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				access_token: TOKEN_EXPRESSION,
			},
		},
	};

	test: ICredentialTestRequest = {
		request: { ...tokenCheckRequest(), baseURL: BASE_URL_EXPRESSION },
		rules: TOKEN_REJECTED_CODES.map((code) => ({
			type: 'responseSuccessBody' as const,
			properties: {
				key: 'code',
				value: code,
				message: `Chanjing rejected the access token (code ${code}): it is wrong, has expired or was replaced by a newer one`,
			},
		})),
	};
}
