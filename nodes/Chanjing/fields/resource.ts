import type { ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

type ListSearch = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/**
 * One Chanjing product as the node offers it: its Resource option, its Operation selector and
 * the fields of its operations (each operation's routing carries its hooks and adapter), and
 * the list searches its fields name. The node lists its resources, one line each.
 */
export interface ChanjingResource {
	/** The Resource option, e.g. `{ name: 'Video', value: 'video' }`. */
	name: string;
	value: string;
	properties: INodeProperties[];
	listSearch?: Record<string, ListSearch>;
}

/** The Resource dropdown of the given resources, in alphabetical order as n8n lists options. */
export function resourceField(
	resources: ChanjingResource[],
	defaultValue: string,
): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources
			.map(({ name, value }) => ({ name, value }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultValue,
	};
}
