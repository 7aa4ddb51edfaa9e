// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test helper, not shipped: n8n-core's own container
import { Container } from '@n8n/di';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';

/**
 * n8n-core starts an interval (its SSH tunnels' cleanup, every minute) with the first node
 * context it builds, and stops it only when the process exits. After a test file that ran the
 * node, it is stopped, so that Jest ends without being forced.
 */
afterAll(() => {
	Container.get(SSHClientsManager).onShutdown();
});
