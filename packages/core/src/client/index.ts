export { createCrmClient, type CrmClient, type CrmClientOptions, type CrmResources } from './create-crm-client.js';
export { getDefaultClient, setDefaultClient } from './default-client.js';
export { createQueryKeys, QUERY_KEY_ROOT, type QueryKeys } from './query-keys.js';
export type {
  CreateVariables,
  DetailQueryKey,
  DetailQueryOptions,
  ListQueryKey,
  ListQueryOptions,
  RemoveVariables,
  Resource,
  UpdateVariables,
} from './resource.js';
