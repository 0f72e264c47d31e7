import { faultMatrix } from './faults';

// Half of the operations (the other half is in faults.b.test.ts, so both run side by side).
faultMatrix(0, 2);
