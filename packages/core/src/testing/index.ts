export { describeAdapterConformance, readAllPages, type ConformanceOptions } from './conformance';
export { createConformanceData, adminViewer, memberViewer, CONFORMANCE_FIXTURE } from './conformance-data';
export { referenceIds } from './reference';
