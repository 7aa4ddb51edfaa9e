import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	IRequestOptionsSimplified,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeHelpers } from 'n8n-workflow';

import { ChanjingApi } from '../../credentials/ChanjingApi.credentials';

const credentialTypes: Record<string, ICredentialType> = { chanjingApi: new ChanjingApi() };

function isExpression(value: unknown): value is string {
	return typeof value === 'string' && value.startsWith('=');
}

/**
 * The part of n8n's own CredentialsHelper (packages/cli) that a node's requests go through:
 * the credential type's real `authenticate`, `preAuthentication` on an empty or expired
 * `expirable` field with the result saved, and stored credentials with their defaults.
 * Saved credentials live in memory, so tests can read back what n8n would have stored.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Stored data by credential ID, as the user entered it (plus what n8n saved since). */
	readonly stored = new Map<string, ICredentialDataDecryptedObject>();

	/** Every save n8n made, in order. */
	readonly updates: Array<{ id: string; data: ICredentialDataDecryptedObject }> = [];

	private type(name: string): ICredentialType {
		const type = credentialTypes[name];
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	getParentTypes(): string[] {
		return [];
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.type(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate?.type === 'generic') {
			const resolve = (value: string) =>
				isExpression(value)
					? String(
							workflow.expression.getSimpleParameterValue(
								node,
								value,
								'internal',
								{ $credentials: credentials },
								undefined,
								'',
							) ?? '',
						)
					: value;
			for (const [outerKey, entries] of Object.entries(authenticate.properties)) {
				const target = ((requestOptions as unknown as Record<string, Record<string, unknown>>)[
					outerKey
				] ??= {});
				for (const [key, value] of Object.entries(entries as Record<string, string>)) {
					target[resolve(key)] = resolve(value);
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;

		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const details = node.credentials?.[typeName];
		if (details) {
			await this.updateCredentials(details, typeName, {
				...this.storedData(details),
				...(output as ICredentialDataDecryptedObject),
			});
		}
		return Object.assign(credentials, output);
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	/**
	 * Fills in defaults the way n8n's CredentialsHelper does (`NodeHelpers.getNodeParameters`):
	 * a value whose field is not displayed for the credential's settings is dropped, which
	 * matters for credentials saved before a field such as Authentication existed.
	 */
	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		return NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			this.storedData(nodeCredentials) as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const id = String(nodeCredentials.id);
		this.stored.set(id, { ...data });
		this.updates.push({ id, data: { ...data } });
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	private storedData(nodeCredentials: INodeCredentialsDetails): ICredentialDataDecryptedObject {
		const data = this.stored.get(String(nodeCredentials.id));
		if (!data) throw new Error(`No credential stored with ID ${nodeCredentials.id}`);
		return { ...data };
	}
}
