export { createRestAdapter, type RestAdapterOptions, type RestHeaders } from './rest-adapter';
export { errorFromStatus, type RequestContext } from './http-errors';
