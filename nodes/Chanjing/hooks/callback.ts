import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

/** preSend of Generate: `callback` only when the Callback URL is a non-empty string. */
export async function addCallbackField(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const value = this.getNodeParameter('options.callbackUrl', '') as unknown;
	const body = { ...(requestOptions.body as IDataObject) };
	delete body.callback;
	if (typeof value === 'string' && value.trim() !== '') body.callback = value.trim();
	requestOptions.body = body;
	return requestOptions;
}
