import type { ICredentialDataDecryptedObject, INodeCredentialsDetails, INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';

/**
 * A TestCredentialsHelper that fills in defaults the way n8n's own CredentialsHelper does
 * (`NodeHelpers.getNodeParameters(properties, stored, true, false)`): a value whose field is
 * not displayed for the credential's settings is dropped. That matters for credentials saved
 * before a field such as Authentication existed.
 */
export class N8nDefaultsCredentialsHelper extends TestCredentialsHelper {
	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const stored = this.stored.get(String(nodeCredentials.id));
		if (!stored) throw new Error(`No credential stored with ID ${nodeCredentials.id}`);
		return NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			{ ...stored } as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
	}
}
