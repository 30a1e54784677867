/** `@ticketkit/core/rest`: `createRestAdapter`, for the documented HTTP API of the reference server. */
export * from './rest';
