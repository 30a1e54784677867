export { withFaults, type AdapterMethod, type FaultOptions, type FaultyAdapter, type FaultyCall } from './with-faults';
