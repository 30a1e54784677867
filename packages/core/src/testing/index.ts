export { describeAdapterConformance, readAllPages, type ConformanceOptions, type SeededConformanceOptions } from './conformance';
export type { LiveConformanceOptions } from './conformance-live';
export { createConformanceData, adminViewer, memberViewer, CONFORMANCE_FIXTURE } from './conformance-data';
export { referenceIds, referenceStatusCounts } from './reference';
