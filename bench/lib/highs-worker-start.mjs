// Entry of the HiGHS worker thread: workers do not inherit tsx's loader, so register it here and
// then load the TypeScript worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./highs-worker.ts');
