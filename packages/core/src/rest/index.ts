export { createRestAdapter, DEFAULT_REST_TIMEOUT_MS, type RestAdapterOptions, type RestHeaders } from './rest-adapter';
export { errorFromStatus, type RequestContext } from './http-errors';
