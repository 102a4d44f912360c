import { analyzeRoute } from './analysis-routes.js';
import { entitiesRoute, entityRoute } from './entity-routes.js';
import { eventsRoute, matrixRoute } from './event-routes.js';
import { addReportsRoute, clusterRoute, reportRoute } from './report-routes.js';
import type { AnyRoute } from './route.js';
import { facetsRoute, latestRoute, searchRoute } from './search-routes.js';
import { exportRoute, healthRoute, statsRoute } from './service-routes.js';

/** Every API operation, in the order the documentation lists them. */
export const API_ROUTES: readonly AnyRoute[] = [
  analyzeRoute,
  searchRoute, facetsRoute, latestRoute,
  addReportsRoute, reportRoute, clusterRoute,
  entitiesRoute, entityRoute,
  eventsRoute, matrixRoute,
  statsRoute, exportRoute, healthRoute,
];
