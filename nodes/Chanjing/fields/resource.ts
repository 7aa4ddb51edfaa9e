import type {
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

type LoadOptions = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

type ListSearch = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/**
 * One Chanjing product as the node offers it: its Resource option, its Operation selector and
 * the fields of its operations (each operation's routing carries its hooks and adapter), and
 * the list searches and option loaders its fields name. The node lists its resources, one line
 * each; two resources may name the same method (a shared picker), which is then the same function.
 */
export interface ChanjingResource {
	/** The Resource option, e.g. `{ name: 'Video', value: 'video' }`. */
	name: string;
	value: string;
	properties: INodeProperties[];
	listSearch?: Record<string, ListSearch>;
	loadOptions?: Record<string, LoadOptions>;
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
