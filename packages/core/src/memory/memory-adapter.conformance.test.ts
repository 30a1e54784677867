import { describeAdapterConformance } from '../testing';
import { createMemoryAdapter } from './memory-adapter';
import { copyData } from './copy';

describeAdapterConformance({
  name: 'memory adapter',
  create: ({ data, viewer }) => createMemoryAdapter({ data: copyData(data), viewer }),
});
