import type { INodeProperties } from 'n8n-workflow';

/**
 * Version 1 is the node as it was before the model choice; workflows saved with it keep their
 * parameters and send the same requests. Version 2 shows waiting as fields of its own, the
 * Creation ID as a resource locator and a Simplify switch, and offers the Image resource.
 */
export const NODE_VERSIONS = [1, 2];
export const LATEST_VERSION = 2;

/** The properties, shown only on one version of the node. */
export function onVersion(version: number, properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, '@version': [version] },
		},
	}));
}

export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}
