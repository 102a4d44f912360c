export { createApp, DEFAULT_MAX_BODY_BYTES, type AppOptions } from './app.js';
export { ApiError, type ApiErrorBody, type ApiErrorCode, orNotFound } from './errors/api-error.js';
export { openApiDocument } from './openapi/openapi-document.js';
export { API_ROUTES } from './routes/api-routes.js';
export { defineRoute, type ApiDeps, type AnyRoute, type RouteDefinition } from './routes/route.js';
export { examplesDir, seedExamples } from './seed-examples.js';
export { startServer, type RunningServer } from './server.js';
export { createQueryPipeline, openApiStore, type ApiStore } from './store/open-api-store.js';
