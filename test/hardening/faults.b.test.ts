import { faultMatrix } from './faults';

// Half of the operations (the other half is in faults.a.test.ts, so both run side by side).
faultMatrix(1, 2);
