import { startEngineHost } from '../../lib/engine-host';

startEngineHost();
