/**
 * Starts the cloud and local stand-ins for manual runs: `npx tsx tests/servers/serve-stubs.ts`.
 * Paste the printed URLs into CoGenesis options; Ctrl+C stops both.
 */
import { startCloudStub, startLocalStub } from './openai-stub';

const cloud = await startCloudStub();
const local = await startLocalStub();
console.log(`cloud stand-in: ${cloud.url} (model stub-cloud)`);
console.log(`local stand-in: ${local.url} (model stub-local)`);

const stop = () => {
  void Promise.all([cloud.close(), local.close()]).then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
