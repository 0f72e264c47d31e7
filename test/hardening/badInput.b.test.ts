import { badInputMatrix } from './badInput';

// Half of the operations (the other half is in badInput.a.test.ts, so both run side by side).
badInputMatrix(1, 2);
