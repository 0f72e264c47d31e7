import { badInputMatrix } from './badInput';

// Half of the operations (the other half is in badInput.b.test.ts, so both run side by side).
badInputMatrix(0, 2);
